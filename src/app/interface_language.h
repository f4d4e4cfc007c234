// The interface's language: which catalogue the words come from (app/words/tr.h), and the
// switch to another without a reload. The page (shell/boot.js) picks and fetches the first
// one before the app starts; a switch asks the page for the new catalogue and takes effect
// when it arrives, on the next frame (every word is drawn afresh each frame).
#pragma once

#include <optional>
#include <string>

#include "core/host/platform.h"
#include "core/host/platform_event.h"
#include "core/site/language.h"

namespace cofx {

class InterfaceLanguage {
 public:
  explicit InterfaceLanguage(Platform& platform);

  // The language the page loaded at start, and its catalogue.
  void start();

  const Language& current() const { return current_; }
  // A switch that has not arrived yet: the tag asked for ("" = the browser's).
  const std::optional<std::string>& pending() const { return pending_; }
  // Asks for `tag`'s catalogue ("" = whatever the browser prefers).
  void choose(const std::string& tag);

  // The page answered a choose(). True when the words changed; a failure leaves them and
  // keeps a sentence for the Settings tab (problem()).
  bool on_loaded(const host::LanguageLoaded& loaded);
  const std::string& problem() const { return problem_; }

 private:
  bool use(const std::string& tag);

  Platform& platform_;
  Language current_;
  std::optional<std::string> pending_;
  std::string problem_;
};

}  // namespace cofx
