#include <gtest/gtest.h>

#include <fstream>

#include "mizan/formats/documents.hpp"
#include "mizan/formats/po.hpp"
#include "mizan/formats/xliff.hpp"
#include "mizan/formats/xliff_reader.hpp"
#include "support/test_support.hpp"

namespace mizan::formats {
namespace {

using Kind = InlinePiece::Kind;
using mizan::testing::expect_error;
using mizan::testing::TempDir;

std::string write_file(const TempDir& dir, const std::string& name, const std::string& text) {
  const std::string path = dir.file(name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// One file, one unit, with `segments`.
XliffDocument one_unit(std::vector<XliffSegment> segments) {
  XliffDocument d;
  XliffFile f;
  f.original = "doc.html";
  f.datatype = "html";
  XliffUnit u;
  u.id = "u1";
  u.segments = std::move(segments);
  f.units.push_back(std::move(u));
  d.files.push_back(std::move(f));
  return d;
}

std::string written(const XliffDocument& d, XliffVersion v) {
  std::string out;
  write_xliff(d, v, [&](std::string_view b) { out.append(b); });
  return out;
}

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

// "Strikes <b>hit</b> targets." and a span that opens here and closes in the next sentence.
std::vector<XliffSegment> coded_segments() {
  XliffSegment a;
  a.id = "s1";
  a.source = {text_piece("Strikes "),  code_piece(Kind::kOpen, "1", "<b>"),
              text_piece("hit"),       code_piece(Kind::kClose, "1", "</b>"),
              text_piece(" targets."), code_piece(Kind::kOpen, "2", "<i>"),
              text_piece("More")};
  XliffSegment b;
  b.id = "s2";
  b.source = {text_piece("follow"), code_piece(Kind::kClose, "2", "</i>"), text_piece("."),
              code_piece(Kind::kPlaceholder, "3", "<br>")};
  b.target = "تتبع.";
  b.state = XliffState::kNeedsReview;
  b.target_score = 87;
  b.matches.push_back({.score = 87,
                       .source = "follow.",
                       .target = "تتبع.",
                       .unit_id = 7,
                       .document = "doc",
                       .position = 3,
                       .creator = "ali",
                       .changed = 0});
  b.terms = {"strike → ضربة"};
  return {a, b};
}

TEST(XliffWriter, Version12PairsCodesWithinASegmentAndIsolatesTheOthers) {
  const std::string x = written(one_unit(coded_segments()), XliffVersion::k12);
  EXPECT_TRUE(contains(x,
                       "<source xml:lang=\"en\">Strikes <bpt id=\"1\">&lt;b&gt;</bpt>hit"
                       "<ept id=\"1\">&lt;/b&gt;</ept> targets.<it id=\"2\" pos=\"open\">"
                       "&lt;i&gt;</it>More</source>"))
      << x;
  EXPECT_TRUE(contains(x,
                       "follow<it id=\"2\" pos=\"close\">&lt;/i&gt;</it>.<ph id=\"3\">"
                       "&lt;br&gt;</ph></source>"))
      << x;
  EXPECT_TRUE(contains(x,
                       "state=\"needs-review-translation\" state-qualifier=\"fuzzy-match\">"
                       "تتبع.</target>"))
      << x;
  EXPECT_TRUE(contains(x, "<alt-trans match-quality=\"87\" origin=\"doc [3]\">")) << x;
  EXPECT_TRUE(contains(x, "<note>mizan unit 7; creator ali</note>")) << x;
  EXPECT_TRUE(contains(x, "<note from=\"mizan glossary\">strike → ضربة</note>")) << x;
}

TEST(XliffWriter, Version21PairsCodesAcrossTheSegmentsOfAUnit) {
  const std::string x = written(one_unit(coded_segments()), XliffVersion::k21);
  EXPECT_TRUE(contains(x, "version=\"2.1\" srcLang=\"en\" trgLang=\"ar\"")) << x;
  EXPECT_TRUE(contains(x, "<sc id=\"c2\" dataRef=\"d2\"/>More</source>")) << x;
  EXPECT_TRUE(contains(x,
                       "follow<ec startRef=\"c2\" dataRef=\"e2\"/>.<ph id=\"c3\" "
                       "dataRef=\"d3\"/></source>"))
      << x;
  EXPECT_TRUE(contains(x, "<data id=\"d1\">&lt;b&gt;</data>")) << x;
  EXPECT_TRUE(contains(x, "<mtc:match ref=\"#s2\" matchQuality=\"87\" type=\"tm\"")) << x;
  EXPECT_TRUE(contains(x, "<note category=\"terminology\">strike → ضربة</note>")) << x;
  EXPECT_TRUE(contains(x, "<segment id=\"s2\" subState=\"mizan:match-87\">")) << x;
}

TEST(XliffWriter, RefusesInvalidUtf8) {
  std::vector<XliffSegment> s(1);
  s[0].id = "s1";
  s[0].source = {text_piece("bad \xff byte")};
  expect_error([&] { written(one_unit(s), XliffVersion::k12); }, ExitCode::kDataError,
               "invalid UTF-8");
}

TEST(PoReader, ReadsEntriesWithContextCommentsAndEscapes) {
  TempDir dir("formats-po");
  const std::string path = write_file(
      dir, "a.po",
      "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
      "#. a title\n#: src/a.c:3\nmsgctxt \"menu\"\nmsgid \"Say \\\"hi\\\"\\n\"\n\"again\"\n"
      "msgstr \"قل\"\n\n#~ msgid \"old\"\n#~ msgstr \"قديم\"\n");
  const std::vector<PoEntry> entries = read_po_file(path);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].context, "menu");
  EXPECT_EQ(entries[0].source, "Say \"hi\"\nagain");
  EXPECT_EQ(entries[0].target, "قل");
  EXPECT_EQ(entries[0].comments, std::vector<std::string>{"a title"});
  EXPECT_EQ(entries[0].line, 5);
}

TEST(PoReader, RefusesPluralsAndFuzzyEntriesNamingTheLine) {
  TempDir dir("formats-po");
  expect_error([&] { read_po_file(write_file(dir, "p.po", "msgid \"a\"\nmsgid_plural \"as\"\n")); },
               ExitCode::kDataError, "plural forms");
  expect_error(
      [&] {
        read_po_file(write_file(dir, "f.po", "\n#, c-format, fuzzy\nmsgid \"a\"\nmsgstr \"b\"\n"));
      },
      ExitCode::kDataError, "fuzzy");
  try {
    read_po_file(write_file(dir, "f2.po", "msgid \"a\"\nmsgstr \"b\"\n\n#, fuzzy\nmsgid \"c\"\n"));
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where().line, 4);
  }
}

TEST(HtmlReader, BlocksAndInlineCodes) {
  TempDir dir("formats-html");
  const std::string path =
      write_file(dir, "p.html",
                 "<html><head><title>t</title></head><body><h1>Title  one</h1>\n"
                 "<p>A <b>bold</b>\n word.<br>Next.</p><ul><li>Item</li></ul></body></html>");
  const SourceDocument d = read_html_document(path);
  ASSERT_EQ(d.blocks.size(), 3u);
  EXPECT_EQ(plain_text(d.blocks[0].content), "Title one");
  const InlineContent& p = d.blocks[1].content;
  EXPECT_EQ(plain_text(p), "A bold word. Next.");
  ASSERT_EQ(p.size(), 7u);
  EXPECT_EQ(p[1].kind, Kind::kOpen);
  EXPECT_EQ(p[1].original, "<b>");
  EXPECT_EQ(p[3].kind, Kind::kClose);
  EXPECT_EQ(p[3].id, p[1].id);
  EXPECT_EQ(p[5].kind, Kind::kPlaceholder);
  EXPECT_EQ(plain_text(d.blocks[2].content), "Item");
}

TEST(HtmlReader, RefusesScriptsNamingTheLine) {
  TempDir dir("formats-html");
  expect_error(
      [&] { read_html_document(write_file(dir, "s.html", "<p>a</p>\n<script>x()</script>")); },
      ExitCode::kDataError, "<script>");
  expect_error([&] { read_html_document(write_file(dir, "o.html", "<p onclick=\"x()\">a</p>")); },
               ExitCode::kDataError, "onclick");
  try {
    read_html_document(
        write_file(dir, "l.html", "<p>a</p>\n\n<p><a href=\"javascript:x()\">b</a></p>"));
    ADD_FAILURE() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.where().line, 3);
  }
}

constexpr std::string_view kXliff12Head =
    "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
    "<file original=\"a.txt\" source-language=\"en\" target-language=\"ar\" datatype=\"plaintext\">"
    "<body>";
constexpr std::string_view kXliff12Tail = "</body></file></xliff>";

TEST(XliffReader, ListsSegmentsWithTheirCodesAndTargets) {
  const std::string x =
      std::string(kXliff12Head) +
      "<trans-unit id=\"1\"><source>A <g id=\"g\">b</g> <bpt id=\"5\">&lt;i&gt;"
      "</bpt>c<ept id=\"5\">&lt;/i&gt;</ept></source><target state=\"translated\">"
      "أ ب ج</target></trans-unit><trans-unit id=\"2\"><source>D</source>"
      "</trans-unit>" +
      std::string(kXliff12Tail);
  const XliffFileEditor e(x, "a.xlf");
  ASSERT_EQ(e.segments().size(), 2u);
  EXPECT_EQ(plain_text(e.segments()[0].source), "A b c");
  ASSERT_EQ(e.segments()[0].source.size(), 8u);
  EXPECT_EQ(e.segments()[0].source[5].original, "<i>");
  EXPECT_EQ(plain_text(e.segments()[0].target), "أ ب ج");
  EXPECT_EQ(e.segments()[0].state, "translated");
  EXPECT_EQ(e.segments()[0].file, "a.txt");
  EXPECT_FALSE(e.fillable(0));
  EXPECT_TRUE(e.fillable(1));
}

TEST(XliffReader, ReadsSdlxliffSegmentMarkers) {
  const std::string x =
      "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\" "
      "xmlns:sdl=\"http://sdl.com/FileTypes/SdlXliff/1.0\"><file original=\"r.docx\" "
      "source-language=\"en-US\" target-language=\"ar-SA\" datatype=\"x-sdlfilterframework2\">"
      "<body><trans-unit id=\"t1\"><source>One. Two.</source><seg-source><mrk mtype=\"seg\" "
      "mid=\"1\">One.</mrk> <mrk mtype=\"seg\" mid=\"2\">Two.</mrk></seg-source><target><mrk "
      "mtype=\"seg\" mid=\"1\">واحد.</mrk> <mrk mtype=\"seg\" mid=\"2\">اثنان.</mrk></target>"
      "<sdl:seg-defs><sdl:seg id=\"1\" conf=\"Translated\"/><sdl:seg id=\"2\" conf=\"Draft\"/>"
      "</sdl:seg-defs></trans-unit></body></file></xliff>";
  const XliffFileEditor e(x, "r.sdlxliff");
  EXPECT_EQ(e.flavour(), XliffFlavour::kSdlXliff);
  ASSERT_EQ(e.segments().size(), 2u);
  EXPECT_EQ(e.segments()[1].id, "t1/2");
  EXPECT_EQ(plain_text(e.segments()[1].source), "Two.");
  EXPECT_EQ(plain_text(e.segments()[1].target), "اثنان.");
  EXPECT_EQ(e.segments()[0].state, "Translated");
}

TEST(XliffReader, RefusesUnknownNamespacesAndMismatchedCodes) {
  expect_error(
      [] {
        XliffFileEditor(std::string(kXliff12Head) +
                            "<trans-unit id=\"1\" xmlns:z=\"urn:zzz\"><source>a</source><z:x/>"
                            "</trans-unit>" +
                            std::string(kXliff12Tail),
                        "n.xlf");
      },
      ExitCode::kDataError, "unknown namespace \"urn:zzz\"");
  expect_error(
      [] {
        XliffFileEditor(std::string(kXliff12Head) +
                            "<trans-unit id=\"1\"><source>a<bpt id=\"1\">x</bpt>b</source>"
                            "</trans-unit>" +
                            std::string(kXliff12Tail),
                        "m.xlf");
      },
      ExitCode::kDataError, "has no <ept>");
  expect_error(
      [] {
        XliffFileEditor(
            "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\">"
            "<file id=\"f\"><unit id=\"u\"><segment><source>a<sc id=\"1\"/>b</source></segment>"
            "</unit></file></xliff>",
            "m2.xlf");
      },
      ExitCode::kDataError, "<sc id=\"1\"> has no <ec>");
}

TEST(XliffReader, FillsAnEmptyTargetAndKeepsTheRest) {
  const std::string x = std::string(kXliff12Head) +
                        "<trans-unit id=\"1\" resname=\"keep\"><source>D</source><target/>"
                        "</trans-unit>" +
                        std::string(kXliff12Tail);
  XliffFileEditor e(x, "a.xlf");
  XliffSegment filled;
  filled.target = "د";
  filled.state = XliffState::kTranslated;
  filled.target_score = 100;
  e.fill(0, filled);
  std::string out;
  e.write([&](std::string_view b) { out.append(b); });
  EXPECT_TRUE(contains(out, "resname=\"keep\"")) << out;
  EXPECT_TRUE(contains(out, "state=\"translated\" state-qualifier=\"exact-match\">د</target>"))
      << out;
  const XliffFileEditor again(out, "again.xlf");
  ASSERT_EQ(again.segments().size(), 1u);
  EXPECT_EQ(plain_text(again.segments()[0].target), "د");
}

}  // namespace
}  // namespace mizan::formats
