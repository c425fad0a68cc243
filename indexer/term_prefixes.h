// Every boolean term prefix, value slot and metadata key of the crossboard index, in one place.
#pragma once

#include <string_view>

#include <xapian.h>

// Like Omega's termprefixes.rst: the indexer writes these and the query layer
// reads them; no other file spells a prefix. Prefixes are upper case, so a
// lower-case free-text term can never be mistaken for a boolean one.
// "slug" below means corpus::slugify ("Cheshire East" → "cheshire-east",
// "Health & Wellbeing" → "health-and-wellbeing"), the rule of board ids.
namespace crossboard::indexer::prefix {

// Free text (title and text of an item; board, venue and attendance of a
// meeting) carries no prefix: unstemmed lower-case terms with positions,
// plus "Z" + English stem without positions (Xapian's STEM_SOME).
inline constexpr std::string_view kStemmed = "Z";

// Unique id of every document: "Qitem:<meeting-id>:<n>", "Qmeeting:<meeting-id>",
// "Qfile:<file-key>". Used to replace a document in place.
inline constexpr std::string_view kUnique = "Q";
// Document type: "XDTitem", "XDTmeeting", "XDTfile". Searches see items and meetings only.
inline constexpr std::string_view kDocType = "XDT";
// Source file key (see file_key() in indexer/index_writer.h) on every document
// of that file, so a changed or deleted file's documents go in one call.
inline constexpr std::string_view kFile = "XF";

// Board id as the parser gives it: "XBhalton-childrens-trust-executive-group".
inline constexpr std::string_view kBoard = "XB";
// Area slug: "XAcheshire-east".
inline constexpr std::string_view kArea = "XA";
// Meeting kind slug: "XKminutes", "XKaction-note", "XKagenda-pack".
inline constexpr std::string_view kKind = "XK";
// Year of the meeting: "Y2016".
inline constexpr std::string_view kYear = "Y";
// Date of the meeting, compact: "D20161121".
inline constexpr std::string_view kDate = "D";
// Meeting id: "XMab12cd34ef56-2016-11-21".
inline constexpr std::string_view kMeeting = "XM";
// Person id (corpus::person_id): attendees on meeting documents; people
// mentioned and action owners on item documents. "XPgerald-meehan".
inline constexpr std::string_view kPerson = "XP";
// Attendance status and person, on meeting documents only:
// "XSapologies:gerald-meehan"; "XSchair:<person>" for the chair.
inline constexpr std::string_view kStatus = "XS";
// Organisation slug: "XOwest-cheshire-ccg".
inline constexpr std::string_view kOrganisation = "XO";
// Topic id (corpus::Topic::id), on item documents: "XTcse". Its wdf is the
// number of times the item's title and text name the topic (at least 1), so
// analysis counts mentions from the posting list alone.
inline constexpr std::string_view kTopic = "XT";
// What an item records, for the decision and action registers:
// "XHdecision" on items with a decision, "XHaction" on items with an action.
inline constexpr std::string_view kHas = "XH";
// A group of names of one topic, as the synonyms of each other ("cse",
// "child sexual exploitation", "sexual exploitation", ...), named by the
// group's first name in byte order: "XNchild sexual exploitation". On every
// document where one of the names matches as a query would look for it (a
// one-word name by its stem, a longer one as an exact phrase); wdf: the
// matches. A query for any name of the group reads this one posting list.
inline constexpr std::string_view kNameGroup = "XN";

}  // namespace crossboard::indexer::prefix

namespace crossboard::indexer {

// The longest term the index writes, in bytes: Xapian refuses terms over 245
// bytes, and a boolean or name-group term that long is noise. A query for a
// longer one is made another way (query/query_parser.cc).
inline constexpr size_t kMaxTermBytes = 240;

}  // namespace crossboard::indexer

namespace crossboard::indexer::slot {

// ISO date "2016-11-21" (sorts as a string; date ranges are value ranges).
inline constexpr Xapian::valueno kDate = 0;
// Facet keys. Single-valued slots hold the value itself; multi-valued slots
// hold the values joined by kListSeparator.
inline constexpr Xapian::valueno kBoard = 1;          // board display name
inline constexpr Xapian::valueno kArea = 2;           // area display name
inline constexpr Xapian::valueno kYear = 3;           // "2016"
inline constexpr Xapian::valueno kTopics = 4;         // topic ids (multi)
inline constexpr Xapian::valueno kPeople = 5;         // person ids (multi)
inline constexpr Xapian::valueno kOrganisations = 6;  // organisation names (multi)
inline constexpr Xapian::valueno kMeeting = 7;        // meeting id: the --by-meeting collapse key
inline constexpr Xapian::valueno kKind = 8;           // kind as written: "action note"
inline constexpr Xapian::valueno kBoardId = 9;        // board id, as in the kBoard term
// When the document was written: UTC "2024-05-01T09:30:00Z" (watch --since).
inline constexpr Xapian::valueno kIndexedAt = 10;

// Separates the entries of a multi-valued slot.
inline constexpr char kListSeparator = '\x1f';

}  // namespace crossboard::indexer::slot

namespace crossboard::indexer::metadata {

// The index format this build writes; a different value refuses to open.
inline constexpr std::string_view kFormatKey = "crossboard.format";
// 2: item data carries actions and decisions; XH terms; topic wdf; slots 9, 10.
// 3: XN name-group terms.
inline constexpr std::string_view kFormatVersion = "3";
// SHA-256 of the synonym set written from the taxonomy, so an unchanged
// taxonomy writes nothing.
inline constexpr std::string_view kSynonymsKey = "crossboard.synonyms";
// The aliases file the person ids follow, as JSON {"file": "aliases.txt",
// "text": "..."}, and the boards file the board ids follow ("boards_file",
// "boards_text"); absent when neither. A different file re-reads every file.
inline constexpr std::string_view kAliasesKey = "crossboard.aliases";
// SHA-256 of the taxonomy the documents' topic and name-group terms follow
// (its topics and synonym pairs); another taxonomy re-reads every file.
inline constexpr std::string_view kTopicsKey = "crossboard.topics";
// The text of the --topics file the index was built with; absent for the
// built-in taxonomy. Queries read topic names from it (index_taxonomy()).
inline constexpr std::string_view kTaxonomyKey = "crossboard.taxonomy";

}  // namespace crossboard::indexer::metadata
