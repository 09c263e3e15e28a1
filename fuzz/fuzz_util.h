// fuzz_util.h: what the fuzz targets share (fuzz/README.md).
//
// A target gets arbitrary bytes. A crash, a sanitizer report or a broken
// invariant (a save that does not read back the same) stops the run and
// libFuzzer keeps the input; wa_fuzz_fail is how a target reports the last.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

inline void wa_fuzz_fail(const char* what) {
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

inline std::string_view wa_fuzz_bytes(const std::uint8_t* data, std::size_t size) {
    return std::string_view(reinterpret_cast<const char*>(data), size);
}

// Two files in one input, split at the first NUL byte (JSON text never
// holds one, so a seed is two fixtures joined by a NUL).
inline void wa_fuzz_split(std::string_view in, std::string_view& a, std::string_view& b) {
    std::size_t z = in.find('\0');
    a = in.substr(0, z);
    b = z == std::string_view::npos ? std::string_view() : in.substr(z + 1);
}

// A failed load must say why; a good one must carry no error.
template <class L>
inline void wa_fuzz_check_problems(const L& loaded) {
    bool has_error = false;
    for (const auto& p : loaded.problems) has_error = has_error || p.severity == wa::Severity::Error;
    if (loaded.ok() == has_error) wa_fuzz_fail("a failed load must report an error, a good one none");
}
