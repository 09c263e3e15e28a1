// json_reader.h: turning untrusted bytes into a JSON tree, safely.
//
// Files come from e-mail attachments, USB sticks and consortium web sites.
// Before any field is looked at, the reader checks: not empty, not too big,
// valid UTF-8 (with the line and column of the first bad byte), not nested
// too deeply, no string too long, no key given twice in one object, and
// valid JSON (with line and column). It never throws: the wasm build has C++
// exceptions off, and the native build uses the very same code path.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/json_dom.h"
#include "core/problems.h"

namespace wa {

struct ReadLimits {
    std::size_t max_bytes = 20u * 1024u * 1024u;      // a whole file
    int max_depth = 64;                                // arrays/objects inside each other
    std::size_t max_string_bytes = 1024u * 1024u;     // one string (images are capped lower)
};

// Parses `text` into a read-only tree (json_dom.h); the tree refers to
// `text`, which must outlive it. On failure, `problems` holds exactly one
// error that names the file and the line/column or JSON path.
Loaded<JsonDoc> read_json(std::string_view text, std::string_view file_name,
                          const ReadLimits& limits = ReadLimits{});

struct TextPosition {
    std::size_t line = 1;    // 1-based
    std::size_t column = 1;  // 1-based, counted in characters (code points)
};
TextPosition position_of(std::string_view text, std::size_t byte_offset);

// Returns true when `text` is valid UTF-8; otherwise `bad_offset` is the
// byte offset of the first byte that is not.
bool is_valid_utf8(std::string_view text, std::size_t* bad_offset = nullptr);

// A count as people write it: "25,000".
std::string with_commas(std::size_t n);
// Human-readable size: "20 MB", "312 KB", "87 bytes".
std::string format_bytes(std::size_t bytes);
// "25.5 MB; the limit is 20 MB" for a size over a limit; in exact bytes for
// limits under a megabyte and when rounding would make the two look alike
// ("25,000 bytes; the limit is 20,000 bytes"), so a message never shows a
// size that seems to meet the limit it is said to exceed.
std::string size_over_limit(std::size_t bytes, std::size_t limit);

} // namespace wa
