#include "mizan/formats/dictd.hpp"

#include <zlib.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <unordered_set>

#include "mizan/core/error.hpp"
#include "mizan/text/input.hpp"
#include "mizan/text/lines.hpp"
#include "mizan/text/match_key.hpp"

namespace mizan::formats {
namespace {

bool exists(const std::string& p) {
  std::ifstream f(p, std::ios::binary);
  return f.good();
}

// Which files make up the dictionary named by `path`.
void resolve(const std::string& path, std::string& index, std::string& dict) {
  std::string prefix = path;
  for (std::string_view ext : {".index", ".dict.dz", ".dict"}) {
    if (path.ends_with(ext)) {
      prefix = path.substr(0, path.size() - ext.size());
      break;
    }
  }
  index = prefix + ".index";
  dict = exists(prefix + ".dict.dz") ? prefix + ".dict.dz" : prefix + ".dict";
  if (!exists(index)) throw Error(ExitCode::kNoInput, "dictionary index not found", {index});
  if (!exists(dict)) {
    throw Error(ExitCode::kNoInput, "dictionary data (.dict or .dict.dz) not found", {prefix});
  }
}

// Owns a zlib inflate stream (ends it on every path, exceptions included).
struct Inflater {
  z_stream stream{};
  bool started = false;
  Inflater() = default;
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  ~Inflater() {
    if (started) inflateEnd(&stream);
  }
};

// Random access to dictzip data; plain gzip and uncompressed files are read whole.
class DictData {
 public:
  DictData(std::string file_name, std::string bytes)
      : name_(std::move(file_name)), raw_(std::move(bytes)) {
    const auto* b = reinterpret_cast<const unsigned char*>(raw_.data());
    if (raw_.size() < 18 || b[0] != 0x1f || b[1] != 0x8b) {
      plain_ = std::move(raw_);  // an uncompressed .dict
      whole_ = true;
      return;
    }
    if (b[2] != 8) fail(2, "unknown gzip compression method");
    const unsigned flags = b[3];
    std::size_t p = 10;
    if (flags & 4) {  // FEXTRA: look for dictzip's "RA" subfield
      const std::size_t xlen = b[p] | (b[p + 1] << 8);
      p += 2;
      const std::size_t end = p + xlen;
      if (end > raw_.size()) fail(p, "gzip extra field runs past the end of the file");
      while (p + 4 <= end) {
        const std::size_t len = b[p + 2] | (b[p + 3] << 8);
        if (b[p] == 'R' && b[p + 1] == 'A' && len >= 6 && p + 4 + len <= end) {
          const std::size_t q = p + 4;
          chunk_length_ = b[q + 2] | (b[q + 3] << 8);
          const std::size_t count = b[q + 4] | (b[q + 5] << 8);
          if (6 + 2 * count > len || chunk_length_ == 0) fail(q, "malformed dictzip chunk table");
          for (std::size_t k = 0; k < count; ++k) {
            chunk_size_.push_back(b[q + 6 + 2 * k] | (b[q + 7 + 2 * k] << 8));
          }
        }
        p += 4 + len;
      }
      p = end;
    }
    if (flags & 8) p = skip_string(p);   // FNAME
    if (flags & 16) p = skip_string(p);  // FCOMMENT
    if (flags & 2) p += 2;               // FHCRC
    if (p > raw_.size()) fail(p, "truncated gzip header");
    if (chunk_size_.empty()) {
      plain_ = inflate_all();
      whole_ = true;
      return;
    }
    std::size_t offset = p;
    for (std::size_t size : chunk_size_) {
      chunk_offset_.push_back(offset);
      offset += size;
    }
    if (offset > raw_.size()) fail(raw_.size(), "dictzip chunks run past the end of the file");
  }

  // Bytes [offset, offset + length) of the uncompressed text.
  std::string read(std::size_t offset, std::size_t length) {
    if (whole_) {
      if (offset + length > plain_.size()) return {};
      return plain_.substr(offset, length);
    }
    std::string out;
    const std::size_t first = offset / chunk_length_;
    const std::size_t last = (offset + length - (length ? 1 : 0)) / chunk_length_;
    for (std::size_t c = first; c <= last; ++c) {
      if (c >= chunk_size_.size()) return {};
      const std::string& text = chunk(c);
      const std::size_t chunk_begin = c * chunk_length_;
      const std::size_t from = std::max(offset, chunk_begin) - chunk_begin;
      const std::size_t to = std::min(offset + length, chunk_begin + text.size()) - chunk_begin;
      if (from < to) out.append(text, from, to - from);
    }
    return out;
  }

 private:
  [[noreturn]] void fail(std::size_t offset, const std::string& what) const {
    throw Error(ExitCode::kDataError, what,
                SourceLocation{name_, -1, -1, static_cast<std::int64_t>(offset)});
  }

  std::size_t skip_string(std::size_t p) const {
    while (p < raw_.size() && raw_[p] != '\0')
      ++p;
    return p + 1;
  }

  std::string inflate_range(std::size_t offset, std::size_t size, int window_bits,
                            std::size_t expect) const {
    Inflater inflater;
    z_stream& z = inflater.stream;
    if (inflateInit2(&z, window_bits) != Z_OK) fail(offset, "zlib cannot start inflating");
    inflater.started = true;
    std::string out(expect ? expect : size * 4 + 1024, '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(raw_.data() + offset));
    z.avail_in = static_cast<uInt>(size);
    std::size_t produced = 0;
    int rc = Z_OK;
    while (true) {
      if (produced == out.size()) out.resize(out.size() * 2);
      z.next_out = reinterpret_cast<Bytef*>(out.data() + produced);
      z.avail_out = static_cast<uInt>(out.size() - produced);
      rc = inflate(&z, Z_SYNC_FLUSH);
      produced = out.size() - z.avail_out;
      if (rc == Z_STREAM_END || (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0)) break;
      if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        fail(offset + (size - z.avail_in), "corrupt compressed data");
      }
    }
    out.resize(produced);
    return out;
  }

  std::string inflate_all() const { return inflate_range(0, raw_.size(), 16 + MAX_WBITS, 0); }

  const std::string& chunk(std::size_t c) {
    auto it = cache_.find(c);
    if (it != cache_.end()) return it->second;
    // Chunks are flushed with Z_FULL_FLUSH: each inflates on its own as raw deflate data.
    std::string text = inflate_range(chunk_offset_[c], chunk_size_[c], -MAX_WBITS, chunk_length_);
    return cache_.emplace(c, std::move(text)).first->second;
  }

  std::string name_;
  std::string raw_;
  std::string plain_;
  bool whole_ = false;
  std::size_t chunk_length_ = 0;
  std::vector<std::size_t> chunk_size_, chunk_offset_;
  std::map<std::size_t, std::string> cache_;
};

bool has_arabic(std::string_view s) {
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0xD8 && b <= 0xDB) return true;
  }
  return false;
}

// The senses of an entry body: after the headword line, one sense per line ("1. ..." numbered
// or not), several per line when separated by the Arabic or Latin comma or a semicolon.
std::vector<std::string> senses(std::string_view body) {
  std::vector<std::string> out;
  const std::size_t headword_end = body.find('\n');
  if (headword_end == std::string_view::npos) return out;
  text::LineReader lines(body.substr(headword_end + 1));
  for (std::string_view line; lines.next(line);) {
    line = text::trim(line);
    std::size_t digits = 0;
    while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9')
      ++digits;
    if (digits > 0 && digits < line.size() && line[digits] == '.')
      line = text::trim(line.substr(digits + 1));
    std::size_t s = 0;
    while (s <= line.size()) {
      std::size_t cut = line.size();
      std::size_t width = 0;
      for (std::string_view sep : {"،", ",", ";", "؛"}) {
        const std::size_t f = line.find(sep, s);
        if (f != std::string_view::npos && f < cut) {
          cut = f;
          width = sep.size();
        }
      }
      const std::string_view sense = text::trim(line.substr(s, cut - s));
      if (!sense.empty() && has_arabic(sense)) out.emplace_back(sense);
      if (cut == line.size()) break;
      s = cut + width;
    }
  }
  return out;
}

// The headword as the caller's list spells it (text::match_key). Nearly all English headwords are
// ASCII, where that is lower case; the ICU call is kept for the others (87,000 calls of it were
// most of the time of reading FreeDict).
std::string lookup_key(const std::string& headword) {
  bool ascii = true;
  for (char c : headword)
    ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (!ascii || headword.find_first_of(" \t\"'-") != std::string::npos) {
    return text::match_key(headword);
  }
  std::string key = headword;
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

}  // namespace

long long decode_dictd_number(const std::string& digits) {
  static constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  long long v = 0;
  if (digits.empty()) return -1;
  for (char c : digits) {
    const std::size_t d = kAlphabet.find(c);
    if (d == std::string_view::npos) return -1;
    v = v * 64 + static_cast<long long>(d);
    if (v > (1LL << 40)) return -1;
  }
  return v;
}

BilingualDictionary read_dictd(const std::string& path,
                               const std::vector<std::string>* only_headwords) {
  std::string index_path, dict_path;
  resolve(path, index_path, dict_path);
  const std::string index = text::read_file_bytes(index_path);
  DictData data(dict_path, text::read_file_bytes(dict_path));
  std::unordered_set<std::string> wanted;
  if (only_headwords) wanted.insert(only_headwords->begin(), only_headwords->end());

  BilingualDictionary dict;
  dict.source_name = dict_path;
  text::LineReader lines(index);
  for (std::string_view line; lines.next(line);) {
    const std::int64_t line_no = lines.number();
    if (text::trim(line).empty()) continue;
    const std::size_t t1 = line.find('\t');
    const std::size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) {
      throw Error(ExitCode::kDataError, "index line is not \"headword TAB offset TAB length\"",
                  SourceLocation{index_path, line_no});
    }
    const std::string headword(line.substr(0, t1));
    const std::size_t t3 = line.find('\t', t2 + 1);  // some indexes add a fourth column
    const long long offset = decode_dictd_number(std::string(line.substr(t1 + 1, t2 - t1 - 1)));
    const long long length = decode_dictd_number(std::string(text::trim(
        line.substr(t2 + 1, (t3 == std::string_view::npos ? line.size() : t3) - t2 - 1))));
    if (offset < 0 || length < 0) {
      throw Error(ExitCode::kDataError, "bad base64 offset or length in index",
                  SourceLocation{index_path, line_no});
    }
    if (headword.rfind("00database", 0) == 0 || headword.rfind("00-database", 0) == 0) continue;
    if (only_headwords && !wanted.count(lookup_key(headword))) continue;
    const std::string body =
        data.read(static_cast<std::size_t>(offset), static_cast<std::size_t>(length));
    if (body.size() != static_cast<std::size_t>(length)) {
      throw Error(ExitCode::kDataError,
                  "index entry \"" + headword + "\" points past the end of " + dict_path,
                  SourceLocation{index_path, line_no});
    }
    std::vector<std::string> tr = senses(body);
    if (tr.empty()) continue;
    dict.entries.push_back({headword, std::move(tr)});
  }
  return dict;
}

}  // namespace mizan::formats
