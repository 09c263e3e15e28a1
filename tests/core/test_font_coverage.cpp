// The UI font is cut down at build time to the characters of
// src/app/font_ranges.inc (cmake/font_subset.cmake). Every character the app
// itself shows (its text, the core's messages, the shipped checklists) must be
// in those ranges and in the cut font, or a librarian would see the fallback
// glyph where a letter should be. The fallback glyph itself, U+FFFD, must be
// there too: it is what stands for a character someone types that the font lacks.
#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "app/strings.h"

namespace {

const std::uint32_t kRanges[] = {
#include "app/font_ranges.inc"
    0};

bool in_ranges(std::uint32_t c) {
    for (const std::uint32_t* r = kRanges; r[0]; r += 2)
        if (c >= r[0] && c <= r[1]) return true;
    return false;
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Code points of the UTF-8 text in `s`; bytes that are not UTF-8 are skipped.
void add_code_points(const std::string& s, std::set<std::uint32_t>* out) {
    for (size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const int n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + static_cast<size_t>(n) > s.size()) { ++i; continue; }
        std::uint32_t c = n == 1 ? b : b & (0x7Fu >> n);
        bool ok = true;
        for (int k = 1; k < n; ++k) {
            const auto cont = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            ok = ok && (cont >> 6) == 2;
            c = (c << 6) | (cont & 0x3Fu);
        }
        if (!ok) { ++i; continue; }
        if (c >= 0x20) out->insert(c);  // control characters (newlines) are not drawn
        i += static_cast<size_t>(n);
    }
}

// C++ source: its literal UTF-8 and its "\xHH" escapes, decoded.
std::string unescape_hex(const std::string& src) {
    std::string out;
    for (size_t i = 0; i < src.size(); ++i) {
        if (src[i] == '\\' && i + 3 < src.size() && src[i + 1] == 'x' && std::isxdigit(static_cast<unsigned char>(src[i + 2])) &&
            std::isxdigit(static_cast<unsigned char>(src[i + 3]))) {
            out += static_cast<char>(std::strtol(src.substr(i + 2, 2).c_str(), nullptr, 16));
            i += 3;
        } else {
            out += src[i];
        }
    }
    return out;
}

// The glyph of code point `c` in a TrueType font's Unicode BMP cmap (format 4);
// 0 when the font has none. Big-endian reads, bounds-checked.
struct Font {
    std::string data;
    std::uint32_t u16(size_t at) const {
        if (at + 2 > data.size()) return 0;
        return (static_cast<std::uint32_t>(static_cast<unsigned char>(data[at])) << 8) |
               static_cast<unsigned char>(data[at + 1]);
    }
    std::uint32_t u32(size_t at) const { return (u16(at) << 16) | u16(at + 2); }
    size_t cmap4() const {
        const std::uint32_t tables = u16(4);
        for (std::uint32_t t = 0; t < tables; ++t) {
            const size_t rec = 12 + 16 * t;
            if (data.compare(rec, 4, "cmap") != 0) continue;
            const size_t cmap = u32(rec + 8);
            for (std::uint32_t e = 0; e < u16(cmap + 2); ++e) {
                const size_t enc = cmap + 4 + 8 * e;
                const size_t sub = cmap + u32(enc + 4);
                if (u16(enc) == 3 && u16(enc + 2) == 1 && u16(sub) == 4) return sub;
            }
        }
        return 0;
    }
    std::uint32_t glyph(std::uint32_t c) const {
        const size_t sub = cmap4();
        if (!sub) return 0;
        const std::uint32_t segs = u16(sub + 6) / 2;
        const size_t ends = sub + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs,
                     offsets = deltas + 2 * segs;
        for (std::uint32_t i = 0; i < segs; ++i) {
            if (c > u16(ends + 2 * i)) continue;
            const std::uint32_t start = u16(starts + 2 * i);
            if (c < start) return 0;
            const std::uint32_t delta = u16(deltas + 2 * i), ro = u16(offsets + 2 * i);
            if (ro == 0) return (c + delta) & 0xFFFF;
            const std::uint32_t g = u16(offsets + 2 * i + ro + 2 * (c - start));
            return g ? (g + delta) & 0xFFFF : 0;
        }
        return 0;
    }
};

std::string hex(std::uint32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", c);
    return buf;
}

void check_all(const Font& font, const std::set<std::uint32_t>& chars, const std::string& where) {
    for (std::uint32_t c : chars) {
        CAPTURE(where);
        CAPTURE(hex(c));
        CHECK(in_ranges(c));
        CHECK(font.glyph(c) != 0);
    }
}

}  // namespace

TEST_CASE("the cut UI font has every character the app and its shipped checklists show") {
    Font font{read_file(WA_UI_FONT)};
    REQUIRE(font.data.size() > 1000);
    REQUIRE(font.cmap4() != 0);
    CHECK(font.glyph('A') != 0);
    // ImGui's fallback for a missing character (a visible replacement) and its ellipsis.
    check_all(font, {0xFFFD, 0x2026}, "ImGui's fallback and ellipsis");
    // Outside the ranges: shown as the fallback (proves the check can fail).
    CHECK(font.glyph(0x4E2D) == 0);
    CHECK_FALSE(in_ranges(0x4E2D));

    // The app's own text, every string of it (UiText holds only const char* members).
    std::set<std::uint32_t> ui;
    const auto* strings = reinterpret_cast<const char* const*>(&wa::tr());
    const size_t count = sizeof(wa::UiText) / sizeof(const char*);
    for (size_t i = 0; i < count; ++i)
        if (strings[i]) add_code_points(strings[i], &ui);
    CHECK(ui.size() > 60);
    check_all(font, ui, "src/app/strings_en.cpp");

    // Text written by the app and the core into what the UI shows (messages, plan lines).
    // Not generate.cpp (test data for the command-line tool) and not U+FEFF, the
    // byte-order mark written at the start of CSV files, never drawn.
    for (const char* dir : {"/src/app", "/src/core"}) {
        for (const auto& f : std::filesystem::directory_iterator(std::string(WA_SOURCE_DIR) + dir)) {
            if (!f.is_regular_file() || f.path().filename() == "generate.cpp") continue;
            std::set<std::uint32_t> chars;
            add_code_points(unescape_hex(read_file(f.path())), &chars);
            chars.erase(0xFEFF);
            check_all(font, chars, f.path().string());
        }
    }

    // Every shipped checklist, every character of the file.
    int files = 0;
    for (const auto& f : std::filesystem::directory_iterator(WA_CHECKLISTS_DIR)) {
        if (!f.is_regular_file() || f.path().extension() != ".json") continue;
        std::set<std::uint32_t> chars;
        add_code_points(read_file(f.path()), &chars);
        check_all(font, chars, f.path().string());
        ++files;
    }
    CHECK(files >= 8);
}
