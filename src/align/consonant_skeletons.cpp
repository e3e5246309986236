#include <algorithm>

#include "features.hpp"
#include "sentence_tokens.hpp"

namespace mizan::align::detail {
namespace {

// The skeletons being built, one character per consonant class; at most four alternatives
// (beyond that an ambiguous letter takes its first reading only).
struct SkeletonBuilder {
  std::vector<std::string> alternatives{std::string()};
  void add(char cls) {
    for (std::string& s : alternatives) {
      if (s.empty() || s.back() != cls) s += cls;
    }
  }
  void add_either(std::string_view a, std::string_view b) {
    if (alternatives.size() >= 4) {
      for (char c : a)
        add(c);
      return;
    }
    std::vector<std::string> next;
    for (const std::string& s : alternatives) {
      for (std::string_view option : {a, b}) {
        std::string t = s;
        for (char c : option) {
          if (t.empty() || t.back() != c) t += c;
        }
        next.push_back(std::move(t));
      }
    }
    alternatives = std::move(next);
  }
};

}  // namespace

std::vector<std::string> consonant_skeletons(std::string_view w, bool english) {
  SkeletonBuilder b;
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    const bool soft = next == 'e' || next == 'i' || next == 'y';
    if (!is_ascii_lower(c)) continue;
    if (next == 'h') {
      switch (c) {
        case 's':
          b.add('S');
          ++i;
          continue;
        case 't':
        case 'd':
          b.add('T');
          ++i;
          continue;
        case 'k':
        case 'g':
          b.add('K');
          ++i;
          continue;
        case 'p':
          b.add('F');
          ++i;
          continue;
        case 'c':
          if (english) {
            b.add_either("K", "TS");
          } else {
            b.add('K');
          }
          ++i;
          continue;
        default:
          break;
      }
    }
    switch (c) {
      case 'b':
      case 'p':
        b.add('B');
        break;
      case 'f':
      case 'v':
        b.add('F');
        break;
      case 't':
      case 'd':
        b.add('T');
        break;
      case 'k':
      case 'q':
        b.add('K');
        break;
      case 'c':
        if (next == 'k') {
          b.add('K');
          ++i;
        } else if (english && soft) {
          b.add_either("S", "K");
        } else {
          b.add('K');
        }
        break;
      case 'g':
        if (english && soft) {
          b.add_either("J", "K");
        } else {
          b.add('K');
        }
        break;
      case 'j':
        b.add('J');
        break;
      case 's':
      case 'z':
        b.add('S');
        break;
      case 'x':
        b.add('K');
        b.add('S');
        break;
      case 'l':
        b.add('L');
        break;
      case 'm':
        b.add('M');
        break;
      case 'n':
        b.add('N');
        break;
      case 'r':
        b.add('R');
        break;
      default:
        break;  // vowels, h, w, y: Arabic writes them, or not, as it pleases
    }
  }
  std::vector<std::string> out;
  for (std::string& s : b.alternatives) {
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  }
  return out;
}

}  // namespace mizan::align::detail
