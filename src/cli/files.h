// files.h: reading and writing whole files for the command-line tool.
#pragma once

#include <string>

namespace wa::cli {

// Reads a whole file. On failure returns false and a sentence in `error`.
// Files larger than `max_bytes` are not read; `error` then says how big.
bool read_file(const std::string& path, std::string& out, std::string& error, std::size_t max_bytes);
bool write_file(const std::string& path, const std::string& data, std::string& error);

} // namespace wa::cli
