#include "mizan/align/report.hpp"

#include <cstdio>
#include <map>

namespace mizan::align {
namespace {

void escape_into(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

std::string escape(std::string_view s) {
  std::string out;
  escape_into(out, s);
  return out;
}

std::string fixed(double x, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, x);
  return buf;
}

std::string shape_name(const Bead& b) {
  return std::to_string(b.en_count) + "-" + std::to_string(b.ar_count);
}

// Confidence bands: the colour says how much review a row needs.
const char* band(const Bead& b, double min_score) {
  if (b.is_null()) return "null";
  if (b.confidence < min_score) return "dropped";
  if (b.confidence >= 0.9) return "high";
  if (b.confidence >= 0.6) return "mid";
  return "low";
}

void sentences_cell(std::string& out, const std::vector<std::string>& side,
                    const std::vector<std::string>& furniture, std::size_t begin, std::size_t count,
                    const char* lang) {
  out += "<td class=\"";
  out += lang;
  out += "\"";
  if (lang[0] == 'a') out += " dir=\"rtl\" lang=\"ar\"";
  out += ">";
  if (count == 0) out += "<span class=\"none\">(no counterpart)</span>";
  for (std::size_t k = begin; k < begin + count && k < side.size(); ++k) {
    out += "<p><span class=\"n\">" + std::to_string(k) + "</span> ";
    escape_into(out, side[k]);
    if (k < furniture.size() && !furniture[k].empty()) {
      out += " <span class=\"furniture\">probable header or notice: ";
      escape_into(out, furniture[k]);
      out += "</span>";
    }
    out += "</p>";
  }
  out += "</td>";
}

}  // namespace

std::string html_report(const std::vector<std::string>& en, const std::vector<std::string>& ar,
                        const std::vector<Bead>& beads, const ReportOptions& options) {
  std::map<std::string, std::size_t> shapes;
  double sum = 0;
  std::size_t aligned = 0, unaligned_en = 0, unaligned_ar = 0, dropped = 0;
  for (const Bead& b : beads) {
    ++shapes[shape_name(b)];
    if (b.is_null()) {
      unaligned_en += b.en_count;
      unaligned_ar += b.ar_count;
      continue;
    }
    sum += b.confidence;
    ++aligned;
    if (b.confidence < options.min_score) ++dropped;
  }
  std::string out;
  out.reserve(4096 + 200 * beads.size());
  out +=
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  escape_into(out, options.title);
  out +=
      "</title>\n<style>\n"
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:1.5em;"
      "color:#1a1a1a}\n"
      "table.beads{border-collapse:collapse;width:100%;table-layout:fixed}\n"
      "table.beads td,table.beads th{border-bottom:1px solid #ddd;padding:.4em .6em;"
      "vertical-align:top}\n"
      "td.en{width:44%}\n"
      "td.ar{width:44%;text-align:right;font-family:'Noto Naskh Arabic','Noto Sans Arabic',"
      "'Amiri','Scheherazade New','Geeza Pro','Arabic Typesetting','Traditional Arabic',"
      "'Segoe UI','Tahoma','DejaVu Sans',sans-serif;font-size:1.15em;line-height:1.7}\n"
      "td.meta{width:12%;font-size:.85em;white-space:nowrap}\n"
      "td p{margin:.15em 0}\n.n{color:#888;font-size:.8em}\n"
      ".none{color:#a00;font-style:italic}\n"
      ".furniture{color:#555;font-size:.8em;background:#ddd;border-radius:.3em;"
      "padding:0 .3em;white-space:nowrap}\n"
      "tr.high{background:#e8f6e8}\ntr.mid{background:#fff6d6}\ntr.low{background:#fde2d8}\n"
      "tr.null{background:#eee}\ntr.dropped{background:#f3d3d3}\n"
      "table.summary td{padding:.1em .8em .1em 0}\n"
      "</style>\n</head>\n<body>\n<h1>";
  escape_into(out, options.title);
  out += "</h1>\n";
  if (!options.en_name.empty() || !options.ar_name.empty()) {
    out += "<p>English: <code>" + escape(options.en_name) + "</code> (" +
           std::to_string(en.size()) + " sentences) &middot; Arabic: <code>" +
           escape(options.ar_name) + "</code> (" + std::to_string(ar.size()) + " sentences)</p>\n";
  }
  out += "<table class=\"summary\">\n<tr><td>beads</td><td>" + std::to_string(beads.size()) +
         "</td></tr>\n";
  for (const auto& [shape, count] : shapes) {
    out += "<tr><td>" + shape + "</td><td>" + std::to_string(count) + "</td></tr>\n";
  }
  out += "<tr><td>mean confidence</td><td>" +
         (aligned ? fixed(sum / static_cast<double>(aligned), 3) : std::string("-")) +
         "</td></tr>\n<tr><td>unaligned</td><td>" + std::to_string(unaligned_en) + " English, " +
         std::to_string(unaligned_ar) + " Arabic</td></tr>\n";
  std::size_t furniture = 0;
  for (const std::vector<std::string>* side : {&options.en_furniture, &options.ar_furniture}) {
    for (const std::string& kind : *side)
      furniture += !kind.empty();
  }
  if (furniture > 0) {
    out += "<tr><td>probable headers and notices</td><td>" + std::to_string(furniture) +
           "</td></tr>\n";
  }
  if (options.min_score > 0) {
    out += "<tr><td>below --min-score " + fixed(options.min_score, 2) + "</td><td>" +
           std::to_string(dropped) + "</td></tr>\n";
  }
  out +=
      "</table>\n<p>Rows: green confidence &ge; 0.9, yellow &ge; 0.6, red below; grey: no "
      "counterpart.</p>\n<table class=\"beads\">\n<tr><th>English</th><th>bead</th>"
      "<th dir=\"rtl\">العربية</th></tr>\n";
  for (const Bead& b : beads) {
    out += "<tr class=\"";
    out += band(b, options.min_score);
    out += "\">";
    sentences_cell(out, en, options.en_furniture, b.en_begin, b.en_count, "en");
    out += "<td class=\"meta\">" + shape_name(b);
    if (!b.is_null()) out += "<br>" + fixed(b.confidence, 2);
    if (b.is_null()) out += "<br>unaligned";
    out += "</td>";
    sentences_cell(out, ar, options.ar_furniture, b.ar_begin, b.ar_count, "ar");
    out += "</tr>\n";
  }
  out += "</table>\n</body>\n</html>\n";
  return out;
}

}  // namespace mizan::align
