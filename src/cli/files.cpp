#include "cli/files.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

#include "core/json_reader.h"

namespace wa::cli {

bool read_file(const std::string& path, std::string& out, std::string& error, std::size_t max_bytes) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) {
        error = std::string("cannot open the file: ") + std::strerror(errno);
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        error = "this is a folder, not a file";
        return false;
    }
    if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
        error = "the file is too big for Welcome Audit: " +
                size_over_limit(static_cast<std::size_t>(st.st_size), max_bytes);
        return false;
    }
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = std::string("cannot open the file: ") + std::strerror(errno);
        return false;
    }
    out.clear();
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        out.append(buf, n);
        if (out.size() > max_bytes) break;  // the file grew while reading; read_json reports it
    }
    bool bad = std::ferror(f) != 0;
    std::fclose(f);
    if (bad) {
        error = "the file could not be read completely";
        return false;
    }
    return true;
}

bool write_file(const std::string& path, const std::string& data, std::string& error) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        error = std::string("cannot write ") + path + ": " + std::strerror(errno);
        return false;
    }
    bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
    ok = std::fclose(f) == 0 && ok;
    if (!ok) error = "could not write all of " + path;
    return ok;
}

} // namespace wa::cli
