#include "app/palette.h"

#include <cmath>
#include <utility>

namespace wa {
namespace {

constexpr Rgb hex(unsigned v) {
    return Rgb{static_cast<unsigned char>((v >> 16) & 0xFF), static_cast<unsigned char>((v >> 8) & 0xFF),
               static_cast<unsigned char>(v & 0xFF)};
}

const Palette kPalettes[kThemeCount] = {
    // Light: warm off-white, near-black text, a deep blue accent.
    {"light", hex(0xF6F4EF), hex(0xFFFFFF), hex(0xFFFFFF), hex(0x1A1A1A), hex(0x4A4A4A), hex(0x1D5A85),
     hex(0xFFFFFF), hex(0x164769), hex(0xE2E6EA), hex(0xCDD5DD), hex(0x6E6E6E), hex(0x8A2BB0), hex(0x2E7D32),
     hex(0x9A6700), hex(0xB3261E)},
    // Dark: not pure black (less halation), light text, a light blue accent with dark text on it.
    {"dark", hex(0x17191E), hex(0x21242B), hex(0x2A2E36), hex(0xF2F2F2), hex(0xC4C9D2), hex(0x8CC8FF),
     hex(0x0B1A2A), hex(0xB1DAFF), hex(0x343A45), hex(0x454D5B), hex(0x8F97A3), hex(0xFFD84D), hex(0x7BD88F),
     hex(0xF2C14E), hex(0xFF8A80)},
    // High contrast: black, white and yellow only.
    {"high-contrast", hex(0x000000), hex(0x000000), hex(0x000000), hex(0xFFFFFF), hex(0xFFFFFF), hex(0xFFFF00),
     hex(0x000000), hex(0xFFFFFF), hex(0x000000), hex(0x1A1A1A), hex(0xFFFFFF), hex(0x00FFFF), hex(0x00FF00),
     hex(0xFFFF00), hex(0xFF6060)},
};

double channel(unsigned char v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

}  // namespace

const Palette& palette(ThemeId id) { return kPalettes[static_cast<int>(id)]; }

double relative_luminance(Rgb c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrast_ratio(Rgb a, Rgb b) {
    double la = relative_luminance(a), lb = relative_luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

}  // namespace wa
