// version.h: the product version, set by CMake (WA_VERSION).
#pragma once

#ifndef WA_VERSION
#define WA_VERSION "0.0.0-dev"
#endif

namespace wa {
constexpr const char* kVersion = WA_VERSION;
constexpr const char* kProductName = "Welcome Audit";
} // namespace wa
