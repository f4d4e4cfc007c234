#include "app/requests.h"

#include <utility>

namespace cofx {

void Requests::add(Requests&& more) {
  if (more.join) join = std::move(more.join);
  for (FlowEvent& step : more.steps) steps.push_back(std::move(step));
  if (more.keep_name) keep_name = std::move(more.keep_name);
  if (more.keep_devices) keep_devices = std::move(more.keep_devices);
  if (more.choose_language) choose_language = std::move(more.choose_language);
  changed = changed || more.changed;
  settle = settle || more.settle;
  rows_gone = rows_gone || more.rows_gone;
}

}  // namespace cofx
