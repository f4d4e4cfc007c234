// The words a person reads, in their language. Every sentence in the app goes through here:
//   tr("Join")                                  a label
//   tr("Lasts {duration}.", {{"duration", d}})  a sentence with named placeholders
//   trn("{n} meeting", "{n} meetings", count)   a count ({n} is filled in)
//   trc("month", "May")                         the same English in two senses
// xgettext finds these calls (scripts/lib/catalogues.sh); the translations live in
// src/app/words/catalogues/<language>.po and arrive compiled (.mo) from the browser.
// English is the source text itself, so it needs no catalogue.
#pragma once

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "core/text/catalogue.h"

namespace cofx {

using Placeholder = std::pair<std::string_view, std::string_view>;

// From the next call on, words come from `catalogue` (nullptr: English). Catalogues handed in
// are kept until the program ends, so a view tr() returned stays valid after a switch.
void use_catalogue(std::unique_ptr<Catalogue> catalogue);
const Catalogue* current_catalogue();

std::string_view tr(std::string_view english);
std::string tr(std::string_view english, std::initializer_list<Placeholder> values);
std::string_view trc(std::string_view context, std::string_view english);
std::string trc(std::string_view context, std::string_view english, std::initializer_list<Placeholder> values);
std::string trn(std::string_view english_one, std::string_view english_many, long n,
                std::initializer_list<Placeholder> values = {});

// "{name}" in `pattern` replaced by its value; "{{" and "}}" are literal braces; an unknown
// name stays as it is (scripts/lib/catalogues.sh makes that a build error in catalogues).
std::string fill(std::string_view pattern, std::initializer_list<Placeholder> values);

// Marks English kept in a table for tr() to translate where it is shown (xgettext finds it).
constexpr const char* N_(const char* english) { return english; }

// A Dear ImGui label whose ID stays put whatever language the words are in: "Join###invite-join".
std::string label(std::string_view words, std::string_view id);

}  // namespace cofx
