// printf-style formatting into a std::string that grows to fit: the app's
// one way to put text together. Text from files and people can be of any
// length, so nothing is cut (a fixed buffer could cut a UTF-8 character in half).
#pragma once
#include <string>

namespace wa {

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

}  // namespace wa
