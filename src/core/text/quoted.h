// Showing a piece of outside text inside a message: core quotes a key it names as data,
// app/words quotes values inside its sentences. Only .cpp files include this.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cofx {

// The text in double quotes, without control or bidi characters and invalid
// UTF-8, cut to at most max_bytes (then ending in "..."), so a hostile value
// can be named in a warning without taking it over.
std::string quote_for_message(std::string_view text, std::size_t max_bytes = 60);

}  // namespace cofx
