#include "core/io/yamlparser.h"

#include "core/io/yamltreebuilder.h"
#include "core/logging.h"

#include <QCoreApplication>

#include <exception>
#include <istream>
#include <optional>
#include <streambuf>
#include <string>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace Stackdraft::Core {
namespace {

// The 0-based position of a tab in the line's indentation, or -1.
qsizetype tabInIndentation(const QByteArray &line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '\t')
            return i;
        if (line[i] != ' ')
            break;
    }
    return -1;
}

// yaml-cpp's messages name the parser state ("end of map not found"); a person editing the file
// needs to know what to fix. The common ones get a hint, the text of the rest is kept as it is.
QString syntaxMessage(const std::string &yamlMessage, const QByteArray &lineText)
{
    // A tab in the indentation shows up as whatever yaml-cpp trips over next: name the cause.
    if (tabInIndentation(lineText) >= 0) {
        return QCoreApplication::translate(
                   "Stackdraft::Core::ProjectReader",
                   "not valid YAML: a tab in the indentation; YAML indents with spaces (%1)")
            .arg(QString::fromStdString(yamlMessage));
    }
    struct Hint
    {
        const char *message;
        const char *hint;
    };
    static const Hint hints[] = {
        {YAML::ErrorMsg::MAP_VALUE,
         QT_TRANSLATE_NOOP(
             "ProjectReader",
             "a ':' where no key can start; quote text that contains ': ' (\"a: b\")")},
        {YAML::ErrorMsg::END_OF_MAP,
         QT_TRANSLATE_NOOP("ProjectReader",
                           "this line is indented differently from the keys above it")},
        {YAML::ErrorMsg::END_OF_SEQ,
         QT_TRANSLATE_NOOP("ProjectReader",
                           "this line is indented differently from the list items above it")},
        {YAML::ErrorMsg::END_OF_MAP_FLOW,
         QT_TRANSLATE_NOOP("ProjectReader", "a '{' mapping is not closed with '}'")},
        {YAML::ErrorMsg::END_OF_SEQ_FLOW,
         QT_TRANSLATE_NOOP("ProjectReader", "a '[' list is not closed with ']'")},
        {YAML::ErrorMsg::BLOCK_ENTRY,
         QT_TRANSLATE_NOOP("ProjectReader",
                           "a '- ' list item where a 'key: value' line is expected")},
        {YAML::ErrorMsg::EOF_IN_SCALAR,
         QT_TRANSLATE_NOOP("ProjectReader",
                           "a quoted text is not closed before the end of the file")},
    };
    const QString original = QString::fromStdString(yamlMessage);
    for (const Hint &hint : hints) {
        if (yamlMessage == hint.message) {
            return QCoreApplication::translate("Stackdraft::Core::ProjectReader",
                                               "not valid YAML: %1 (%2)")
                .arg(QCoreApplication::translate("ProjectReader", hint.hint), original);
        }
    }
    return QCoreApplication::translate("Stackdraft::Core::ProjectReader", "not valid YAML: %1")
        .arg(original);
}

// Lets yaml-cpp read the bytes where they are instead of from a copy in a std::stringstream.
class ByteArrayBuffer final : public std::streambuf
{
public:
    explicit ByteArrayBuffer(const QByteArray &bytes)
    {
        char *begin = const_cast<char *>(bytes.constData()); // only ever read
        setg(begin, begin, begin + bytes.size());
    }
};

// Counts the documents after the first without building anything, and notes where the second
// starts.
class DocumentCounter final : public YAML::EventHandler
{
public:
    int documents = 0;
    YAML::Mark secondStart = YAML::Mark::null_mark(); // the second document's first node

    void OnDocumentStart(const YAML::Mark &) override { ++documents; }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override { note(mark); }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override { note(mark); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                  const std::string &) override
    {
        note(mark);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        note(mark);
    }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        note(mark);
    }
    void OnMapEnd() override { }

private:
    void note(const YAML::Mark &mark)
    {
        if (documents == 1 && secondStart.is_null())
            secondStart = mark;
    }
};

Error errorAt(const QString &message, const QString &fileName, const YAML::Mark &mark)
{
    return mark.is_null() ? Error {message, fileName, 0, 0, {}}
                          : Error {message, fileName, mark.line + 1, mark.column + 1, {}};
}

// What yaml-cpp threw, as one Error with its position.
Error parserError(const QByteArray &bytes, const QString &fileName, const std::exception &thrown)
{
    if (const auto *deep = dynamic_cast<const YAML::DeepRecursion *>(&thrown))
        return errorAt(QCoreApplication::translate("Stackdraft::Core::ProjectReader",
                                                   "the YAML nests deeper than %1 levels")
                           .arg(deep->depth()),
                       fileName, deep->mark);
    if (const auto *e = dynamic_cast<const YAML::Exception *>(&thrown)) {
        // e->msg is yaml-cpp's English description; syntaxMessage() adds what to fix.
        const QList<QByteArray> lines = bytes.split('\n');
        const QByteArray line = e->mark.is_null() ? QByteArray() : lines.value(e->mark.line);
        YAML::Mark mark = e->mark;
        if (const qsizetype tab = tabInIndentation(line); tab >= 0)
            mark.column = int(tab); // point at the tab, not at where the parser gave up
        return errorAt(syntaxMessage(e->msg, line), fileName, mark);
    }
    qCWarning(lcIo) << "yaml-cpp failed on" << fileName << thrown.what();
    return Error {QCoreApplication::translate("Stackdraft::Core::ProjectReader",
                                              "could not parse the file: %1")
                      .arg(QString::fromLocal8Bit(thrown.what())),
                  fileName,
                  0,
                  0,
                  {}};
}

} // namespace

Result<YamlNode> YamlParser::parse(const QByteArray &bytes, const QString &fileName)
{
    try {
        ByteArrayBuffer buffer(bytes);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        YamlTreeBuilder builder(fileName, MaxNodes);
        if (!parser.HandleNextDocument(builder))
            return YamlNode {};
        DocumentCounter more;
        while (parser.HandleNextDocument(more)) { }
        // yaml-cpp has read the whole text without a syntax error: then more documents, then what
        // the builder refused, as a reader that loads everything before converting would say.
        if (more.documents > 0) {
            return errorAt(
                QCoreApplication::translate(
                    "ProjectReader", "the file holds %1 YAML documents; a project file holds one")
                    .arg(more.documents + 1),
                fileName, more.secondStart);
        }
        if (builder.failure())
            return *builder.failure();
        return builder.takeRoot();
    } catch (const std::exception &e) {
        return parserError(bytes, fileName, e);
    }
}

Result<std::vector<YamlNode>> YamlParser::parseAll(const QByteArray &bytes, const QString &fileName)
{
    try {
        ByteArrayBuffer buffer(bytes);
        std::istream stream(&buffer);
        YAML::Parser parser(stream);
        std::vector<YamlNode> roots;
        std::optional<Error> refused; // the first document's problem, once the text has parsed
        int counted = 0;
        int previousStart = -1;
        for (;;) {
            YamlTreeBuilder builder(fileName, MaxNodes, counted);
            if (!parser.HandleNextDocument(builder))
                break;
            // On some broken text yaml-cpp reports empty document after empty document without
            // reading on (a 279-byte manifest spun for ever, tests/fuzz/regressions/kubernetes).
            const YAML::Mark &start = builder.documentStart();
            if (!start.is_null() && start.pos == previousStart)
                return errorAt(QCoreApplication::translate("Stackdraft::Core::ProjectReader",
                                                           "the YAML cannot be read past here"),
                               fileName, start);
            previousStart = start.pos;
            counted = builder.count();
            if (builder.failure() && !refused)
                refused = *builder.failure();
            if (!refused)
                roots.push_back(builder.takeRoot());
            if (counted > MaxNodes)
                break; // refused already: every further document would be refused the same way
        }
        if (refused)
            return *refused;
        return roots;
    } catch (const std::exception &e) {
        return parserError(bytes, fileName, e);
    }
}

} // namespace Stackdraft::Core
