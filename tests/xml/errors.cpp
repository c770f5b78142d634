// Errors: code, byte offset, XPath-like path and message, for every rule.
#include "types.hpp"

#include <string>

using namespace xml_tests;
using awsjobs::errc;

namespace {

void check_error(const awsjobs::error& e, errc code, std::size_t offset, std::string_view path, std::string_view message) {
    INFO(e.describe());
    CHECK(e.code == code);
    CHECK(e.offset == offset);
    CHECK(e.path == path);
    CHECK(e.message == message);
}

}  // namespace

TEST_CASE("xml errors: a value of the wrong form, at its text, with its path") {
    const std::string text =
        "<GetStatusResponse><GetStatusResult><Items><member><Name>a</Name></member><member><URL><b/></URL></member>"
        "</Items></GetStatusResult></GetStatusResponse>";
    check_error(read_error<Record>(text, {"GetStatusResponse", "GetStatusResult"}), errc::type_mismatch, text.find("<b/>"),
                "/GetStatusResponse/GetStatusResult/Items/member[2]/URL/b", "expected text, got element <b>");

    const std::string count = "<R><Count>x1</Count></R>";
    check_error(read_error<Record>(count), errc::type_mismatch, 10, "/R/Count", "expected an integer, got 'x1'");
    check_error(read_error<Record>("<R><Count>2147483648</Count></R>"), errc::out_of_range, 10, "/R/Count",
                "'2147483648' does not fit in int32");
    check_error(read_error<Ints>("<I><u8>-1</u8></I>"), errc::out_of_range, 7, "/I/u8", "'-1' does not fit in uint8");
    check_error(read_error<Ints>("<I><i64> 1</i64></I>"), errc::type_mismatch, 8, "/I/i64", "expected an integer, got ' 1'");
    check_error(read_error<Record>("<R><Count/></R>"), errc::type_mismatch, 3, "/R/Count", "expected an integer, got ''");
    check_error(read_error<Record>("<R><Ratio>NaN</Ratio></R>"), errc::type_mismatch, 10, "/R/Ratio",
                "expected a finite number, got 'NaN'");
    check_error(read_error<Record>("<R><Ratio>INF</Ratio></R>"), errc::type_mismatch, 10, "/R/Ratio",
                "expected a finite number, got 'INF'");
    check_error(read_error<Record>("<R><Ratio>1e999</Ratio></R>"), errc::out_of_range, 10, "/R/Ratio",
                "'1e999' cannot be represented as double");
    check_error(read_error<Record>("<R><Flag>True</Flag></R>"), errc::type_mismatch, 9, "/R/Flag",
                "expected true or false, got 'True'");
    check_error(read_error<Record>("<R><Flag>1</Flag></R>"), errc::type_mismatch, 9, "/R/Flag", "expected true or false, got '1'");
    check_error(read_error<Record>("<R><Hue>Blue</Hue></R>"), errc::unknown_enumerator, 8, "/R/Hue", "'Blue' is not a known value");
    check_error(read_error<Record>("<R><When>2019-13-01T00:00:00Z</When></R>"), errc::invalid_timestamp, 9, "/R/When",
                "'2019-13-01T00:00:00Z': no such date");
    // The member declares ISO 8601: epoch seconds are not taken for it, nor the other way round.
    check_error(read_error<Record>("<R><When>1576540098</When></R>"), errc::invalid_timestamp, 9, "/R/When",
                "'1576540098': expected an ISO 8601 date-time such as 2019-10-11T14:12:24.640Z");
    check_error(read_error<Record>("<R><Epoch>2019-12-16T22:48:18Z</Epoch></R>"), errc::invalid_timestamp, 10, "/R/Epoch",
                "'2019-12-16T22:48:18Z': expected a number of seconds");
}

TEST_CASE("xml errors: structure") {
    check_error(read_error<Record>("<R><Id>a</Id><Id>b</Id></R>"), errc::duplicate_key, 13, "/R/Id[2]", "element <Id> appears twice");
    check_error(read_error<Record>("<R>text<Id>a</Id></R>"), errc::type_mismatch, 3, "/R", "expected elements, got text 'text'");
    check_error(read_error<Record>("<R><Tags><member>a</member><item>b</item></Tags></R>"), errc::type_mismatch, 27,
                "/R/Tags/item", "expected <member>, got <item>");
    check_error(read_error<Record>("<R><Tags>a</Tags></R>"), errc::type_mismatch, 9, "/R/Tags",
                "expected <member> elements, got text 'a'");
    check_error(read_error<Record>("<R><Best>x<URL/></Best></R>"), errc::type_mismatch, 9, "/R/Best",
                "expected elements, got text 'x'");
    check_error(read_error<Record>("<R><Tags><member><x/></member></Tags></R>"), errc::type_mismatch, 17,
                "/R/Tags/member[1]/x", "expected text, got element <x>");
}

TEST_CASE("xml errors: the element path") {
    const std::string error_response = "<ErrorResponse><Error><Code>X</Code></Error></ErrorResponse>";
    check_error(read_error<Record>(error_response, {"Response", "Result"}), errc::type_mismatch, 0, "/ErrorResponse",
                "expected the root element <Response>, got <ErrorResponse>");
    check_error(read_error<Record>("<Response><Other/></Response>", {"Response", "Result"}), errc::missing_required, 0,
                "/Response", "no element <Result> in <Response>");
    check_error(read_error<Record>("<Response><Result/><Result/></Response>", {"Response", "Result"}), errc::duplicate_key,
                19, "/Response/Result[2]", "element <Result> appears twice");
}

TEST_CASE("xml errors: not XML at all, mapped from pugixml's status with awsjobs' messages") {
    check_error(read_error<Record>(""), errc::syntax, 0, "", "no root element");
    check_error(read_error<Record>("  \n"), errc::syntax, 3, "", "no root element");
    check_error(read_error<Record>("<R><Id>a</Id>"), errc::syntax, 12, "",
                "end tag that does not match the open element, or an element left open");
    check_error(read_error<Record>("<R><Id>a</Ix></R>"), errc::syntax, 10, "",
                "end tag that does not match the open element, or an element left open");
    check_error(read_error<Record>("<R a=1/>"), errc::syntax, 5, "", "malformed attribute");
    check_error(read_error<Record>("<R><!-- x -></R>"), errc::syntax, 15, "", "malformed comment");
    check_error(read_error<Record>("<R><![CDATA[x</R>"), errc::syntax, 16, "", "malformed CDATA section");
    check_error(read_error<Record>("<R></R "), errc::syntax, 6, "", "malformed end tag");
    check_error(read_error<Record>("<R><!x></R>"), errc::syntax, 5, "", "malformed markup after '<'");
    check_error(read_error<Record>("<R><!DOCTYPE x></R>"), errc::syntax, 3, "", "malformed document type declaration");
    check_error(read_error<Record>("<R><?xml version=\"1.0\"?></R>"), errc::syntax, 8, "",
                "malformed XML declaration or processing instruction");
}

TEST_CASE("xml errors: what pugixml accepts and XML does not") {
    check_error(read_error<Record>("<R/><S/>"), errc::syntax, 4, "/S", "more than one root element");
    check_error(read_error<Record>("<R/>tail"), errc::syntax, 4, "", "text outside the root element");
    check_error(read_error<Record>("lead<R/>"), errc::syntax, 0, "", "text outside the root element");
    check_error(read_error<Record>("<R/><![CDATA[x]]>"), errc::syntax, 13, "", "text outside the root element");
    check_error(read_error<Record>("<R><Text>a & b</Text></R>"), errc::syntax, 11, "/R/Text",
                "'&' that starts no reference (write it as &amp;)");
    check_error(read_error<Record>("<R><Text>&nbsp;</Text></R>"), errc::syntax, 9, "/R/Text",
                "unknown entity (only &lt; &gt; &amp; &quot; &apos; and character references are defined)");
    check_error(read_error<Record>("<R><Text>&#0;</Text></R>"), errc::syntax, 9, "/R/Text",
                "character reference to a code point that is not an XML character");
    check_error(read_error<Record>("<R><Text>&#xD800;</Text></R>"), errc::syntax, 9, "/R/Text",
                "character reference to a code point that is not an XML character");
    check_error(read_error<Record>("<R><Text>&#x110000;</Text></R>"), errc::syntax, 9, "/R/Text",
                "character reference to a code point that is not an XML character");
    check_error(read_error<Record>("<R><Text>&#99999999999999999999;</Text></R>"), errc::syntax, 9, "/R/Text",
                "character reference to a code point that is not an XML character");
    check_error(read_error<Record>("<R><Text>&#x;</Text></R>"), errc::syntax, 9, "/R/Text", "character reference without digits");
    check_error(read_error<Record>("<R><Text>&#1a;</Text></R>"), errc::syntax, 9, "/R/Text",
                "character reference with a character that is not a digit");
    check_error(read_error<Record>("<R><Text>&#X41;</Text></R>"), errc::syntax, 9, "/R/Text",
                "character reference with a character that is not a digit");
    check_error(read_error<Record>("<R><Text>a]]>b</Text></R>"), errc::syntax, 10, "/R/Text", "']]>' in text (write '>' as &gt;)");
    check_error(read_error<Record>("<R a=\"x<y\"/>"), errc::syntax, 7, "/R", "'<' in an attribute value (write it as &lt;)");
    check_error(read_error<Record>("<R a=\"&bad;\"/>"), errc::syntax, 6, "/R",
                "unknown entity (only &lt; &gt; &amp; &quot; &apos; and character references are defined)");
    check_error(read_error<Record>("<R a=\"1\" a=\"2\"/>"), errc::syntax, 0, "/R", "attribute 'a' appears twice");
    // Unknown elements are skipped, but must be XML all the same.
    check_error(read_error<Record>("<R><Unknown>&bad;</Unknown></R>"), errc::syntax, 12, "/R/Unknown",
                "unknown entity (only &lt; &gt; &amp; &quot; &apos; and character references are defined)");
}

TEST_CASE("xml errors: the XML declaration") {
    CHECK(read_ok<Record>("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>\n<R><Id>a</Id></R>").Id == "a");
    CHECK(read_ok<Record>("\xEF\xBB\xBF<?xml version=\"1.0\"?><R><Id>a</Id></R>").Id == "a");
    check_error(read_error<Record>("<?xml version=\"1.1\"?><R/>"), errc::syntax, 0, "", "XML version '1.1': only 1.0 is read");
    check_error(read_error<Record>("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><R/>"), errc::invalid_encoding, 0, "",
                "the document declares the encoding 'ISO-8859-1': only UTF-8 is read");
    check_error(read_error<Record>("<!-- c --><?xml version=\"1.0\"?><R/>"), errc::syntax, 10, "",
                "the XML declaration must come first");
}

TEST_CASE("xml errors: bytes that are not UTF-8 or not XML characters, at their offset") {
    check_error(read_error<Record>("<R><Text>ab\xC3(</Text></R>"), errc::invalid_encoding, 11, "", "invalid UTF-8");
    check_error(read_error<Record>("<R><Te\xFFxt/></R>"), errc::invalid_encoding, 6, "", "invalid UTF-8");
    check_error(read_error<Record>("<R><Text>\xED\xA0\x80</Text></R>"), errc::invalid_encoding, 9, "", "invalid UTF-8");
    check_error(read_error<Record>(std::string("<R><Text>a\0b</Text></R>", 23)), errc::syntax, 10, "",
                "character U+0000 is not allowed in XML 1.0");
    check_error(read_error<Record>("<R><Text>a\x1b</Text></R>"), errc::syntax, 10, "", "character U+001B is not allowed in XML 1.0");
    check_error(read_error<Record>("<R><Text>\xEF\xBF\xBF</Text></R>"), errc::syntax, 9, "", "character U+FFFF is not allowed in XML 1.0");
    // Whichever comes first: here the malformed tag.
    check_error(read_error<Record>("<R><</R>\xFF"), errc::syntax, 4, "", "malformed markup after '<'");
    // The first error stands: a type error after a good document is still reported.
    check_error(read_error<Record>("<R><Count>x</Count><Id>\xC3\xA9</Id></R>"), errc::type_mismatch, 10, "/R/Count",
                "expected an integer, got 'x'");
}

TEST_CASE("xml errors: as a std::error_code and in text") {
    const auto e = read_error<Record>("<R><Count>x</Count></R>");
    CHECK(std::error_code(e.code) == errc::type_mismatch);
    CHECK(e.describe() == "type_mismatch at offset 10, /R/Count: expected an integer, got 'x'");
    auto doc = xml::parse<Record>(std::string_view("<R><Count>x</Count></R>"));
    CHECK_THROWS_AS(doc.value(), awsjobs::bad_result_access<awsjobs::error>);
}
