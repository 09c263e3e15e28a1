// say.h: a printf-style format filled with values, as a std::string. One
// implementation for the core's report sentences (report_words.h) and the
// app's texts: both fill translated formats whose conversions
// were checked against the English ones when the language was read
// (core/language.cpp), so the values given always match the format.
#pragma once

#include <cstdarg>
#include <string>

namespace wa {

std::string say(const char* format, ...) __attribute__((format(printf, 1, 2)));
// The same with the values already gathered (for another variadic function).
// A format vsnprintf refuses is given back as it is.
std::string vsay(const char* format, va_list args) __attribute__((format(printf, 1, 0)));

}  // namespace wa
