#include "core/import/mermaidflowchart.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Stackdraft::Core {
namespace {

using Shape = MermaidFlowchart::Shape;

struct Opener
{
    const char *open;
    const char *close;
    Shape shape;
};

// Longest openers first, so "[(" is not read as "[".
constexpr Opener Openers[] = {
    {"(((", ")))", Shape::DoubleCircle},
    {"((", "))", Shape::Circle},
    {"([", "])", Shape::Stadium},
    {"[[", "]]", Shape::Subroutine},
    {"[(", ")]", Shape::Cylinder},
    {"[/", "/]", Shape::Parallelogram},
    {"[\\", "\\]", Shape::Parallelogram},
    {"{{", "}}", Shape::Hexagon},
    {"(", ")", Shape::Round},
    {"[", "]", Shape::Box},
    {"{", "}", Shape::Rhombus},
    {">", "]", Shape::Flag},
};

QString cleanLabel(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>|\\\\n"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markup(QStringLiteral("</?[a-z]+[^>]*>|\\*\\*|`"));
    text.replace(breaks, QStringLiteral(" "));
    text.remove(markup);
    return text.simplified();
}

class Parser
{
public:
    explicit Parser(MermaidFlowchart &out)
        : m_out(out)
    {
    }

    void statement(const QString &text, int line);

private:
    // Reads "ID", "ID[label]", "ID[(label)]"... at `pos`; false when no node is there.
    bool node(const QString &text, qsizetype &pos, int line, QString &id);
    // Reads an edge operator ("-->", "-.->", "==>", "-- text -->", "-->|text|") at `pos`.
    bool edge(const QString &text, qsizetype &pos, QString &label, bool &both);
    void skip(int line, const QString &text, const char *reason)
    {
        m_out.skipped.append({line, text, reason});
    }

    MermaidFlowchart &m_out;
    QHash<QString, int> m_nodes;
    QList<int> m_stack; // open subgraphs
};

bool Parser::node(const QString &text, qsizetype &pos, int line, QString &id)
{
    static const QRegularExpression idPattern(
        QStringLiteral("\\s*([\\w][\\w.-]*?)(?=[\\s\\[\\(\\{>;&|]|-[-.>]|=[=>]|$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = idPattern.match(
        text, pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return false;
    id = m.captured(1);
    pos = m.capturedEnd(0);
    QString label;
    bool labelled = false;
    Shape shape = Shape::Box;
    for (const Opener &opener : Openers) {
        const QLatin1String open(opener.open);
        if (!text.mid(pos).startsWith(open))
            continue;
        qsizetype start = pos + open.size();
        qsizetype searchFrom = start;
        if (start < text.size() && text[start] == QLatin1Char('"')) {
            const qsizetype quote = text.indexOf(QLatin1Char('"'), start + 1);
            searchFrom = quote < 0 ? start : quote + 1;
        }
        const qsizetype close = text.indexOf(QLatin1String(opener.close), searchFrom);
        if (close < 0)
            return false;
        label = cleanLabel(text.mid(start, close - start));
        shape = opener.shape;
        labelled = true;
        pos = close + qsizetype(qstrlen(opener.close));
        break;
    }
    const auto found = m_nodes.constFind(id);
    if (found == m_nodes.constEnd()) {
        MermaidFlowchart::Node node;
        node.id = id;
        node.label = labelled && !label.isEmpty() ? label : id;
        node.shape = shape;
        node.line = line;
        node.subgraph = m_stack.isEmpty() ? -1 : m_stack.last();
        m_nodes.insert(id, int(m_out.nodes.size()));
        m_out.nodes.append(node);
    } else if (labelled) {
        MermaidFlowchart::Node &node = m_out.nodes[*found];
        node.label = label.isEmpty() ? node.label : label;
        node.shape = shape;
        if (node.subgraph < 0 && !m_stack.isEmpty())
            node.subgraph = m_stack.last();
    }
    return true;
}

bool Parser::edge(const QString &text, qsizetype &pos, QString &label, bool &both)
{
    // "-- text -->", "== text ==>", "-. text .->" (text between the two halves).
    static const QRegularExpression withText(
        QStringLiteral("\\s*(<)?(--|==|-\\.)\\s+([^|]+?)\\s+(-->|==>|\\.->|---|===|\\.-)\\s*"));
    static const QRegularExpression plain(
        QStringLiteral("\\s*(<)?(-{2,}>|={2,}>|-\\.+->|-{3,}|={3,}|-\\.+-|-{2,}[ox]|={2,}[ox])\\s*("
                       "?:\\|([^|]*)\\|)?\\s*"));
    QRegularExpressionMatch m = plain.match(text, pos, QRegularExpression::NormalMatch,
                                            QRegularExpression::AnchorAtOffsetMatchOption);
    if (m.hasMatch()) {
        both = !m.captured(1).isEmpty();
        label = cleanLabel(m.captured(3));
        pos = m.capturedEnd(0);
        return true;
    }
    m = withText.match(text, pos, QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption);
    if (m.hasMatch()) {
        both = !m.captured(1).isEmpty();
        label = cleanLabel(m.captured(3));
        pos = m.capturedEnd(0);
        return true;
    }
    return false;
}

void Parser::statement(const QString &raw, int line)
{
    const QString text = raw.trimmed();
    if (text.isEmpty() || text.startsWith(QLatin1String("%%")))
        return;
    static const QRegularExpression subgraph(QStringLiteral(
        "^subgraph\\s+(?:\"([^\"]*)\"|([\\w.-]+)\\s*\\[\\s*\"?([^\\]\"]*)\"?\\s*\\]|(.+))$"));
    if (const QRegularExpressionMatch m = subgraph.match(text); m.hasMatch()) {
        MermaidFlowchart::Subgraph s;
        s.title = cleanLabel(!m.captured(1).isEmpty()       ? m.captured(1)
                                 : !m.captured(3).isEmpty() ? m.captured(3)
                                                            : m.captured(2) + m.captured(4));
        s.id = !m.captured(2).isEmpty() ? m.captured(2) : s.title;
        s.parent = m_stack.isEmpty() ? -1 : m_stack.last();
        s.line = line;
        m_stack.append(int(m_out.subgraphs.size()));
        m_out.subgraphs.append(s);
        return;
    }
    if (text == QLatin1String("end")) {
        if (!m_stack.isEmpty())
            m_stack.removeLast();
        return;
    }
    if (text.startsWith(QLatin1String("direction ")))
        return; // a subgraph's own direction: layout, which Stackdraft redoes
    static const QStringList styling = {QStringLiteral("classDef "), QStringLiteral("class "),
                                        QStringLiteral("style "), QStringLiteral("linkStyle ")};
    for (const QString &word : styling) {
        if (text.startsWith(word)) {
            skip(line, text, QT_TRANSLATE_NOOP("Import", "styling is not modelled"));
            return;
        }
    }
    if (text.startsWith(QLatin1String("click "))) {
        skip(line, text, QT_TRANSLATE_NOOP("Import", "click actions are not modelled"));
        return;
    }
    qsizetype pos = 0;
    QStringList sources;
    QString id;
    do {
        if (!node(text, pos, line, id)) {
            skip(line, text, QT_TRANSLATE_NOOP("Import", "not a node or edge Stackdraft can read"));
            return;
        }
        sources << id;
        static const QRegularExpression amp(QStringLiteral("\\s*&\\s*"));
        const QRegularExpressionMatch more
            = amp.match(text, pos, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
        if (!more.hasMatch())
            break;
        pos = more.capturedEnd(0);
    } while (true);
    QString label;
    bool both = false;
    while (edge(text, pos, label, both)) {
        QStringList targets;
        do {
            const QString rest = text.mid(pos).trimmed();
            for (const MermaidFlowchart::Subgraph &subgraph : std::as_const(m_out.subgraphs)) {
                if (rest == subgraph.title || rest == subgraph.id) {
                    skip(line, text,
                         QT_TRANSLATE_NOOP("Import", "an edge to a subgraph is not modelled"));
                    return;
                }
            }
            if (!node(text, pos, line, id)) {
                skip(line, text.mid(pos).trimmed(),
                     QT_TRANSLATE_NOOP("Import",
                                       "an edge to something that is not a node (a "
                                       "subgraph?) is not modelled"));
                return;
            }
            targets << id;
            static const QRegularExpression amp(QStringLiteral("\\s*&\\s*"));
            const QRegularExpressionMatch more
                = amp.match(text, pos, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption);
            if (!more.hasMatch())
                break;
            pos = more.capturedEnd(0);
        } while (true);
        for (const QString &from : sources) {
            for (const QString &to : targets)
                m_out.edges.append({from, to, label, both, line});
        }
        sources = targets;
    }
    if (const QString rest = text.mid(pos).trimmed(); !rest.isEmpty() && rest != QLatin1String(";"))
        skip(line, rest, QT_TRANSLATE_NOOP("Import", "not a node or edge Stackdraft can read"));
}

} // namespace

bool MermaidFlowchart::isFlowchart(const QString &firstLine)
{
    static const QRegularExpression header(
        QStringLiteral("^\\s*(graph|flowchart)(\\s+(TD|TB|BT|LR|RL))?\\s*;?\\s*$"));
    return header.match(firstLine).hasMatch();
}

bool MermaidFlowchart::parse(const QString &text, int firstLine, MermaidFlowchart &out)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    int start = 0;
    while (start < lines.size()
           && (lines[start].trimmed().isEmpty()
               || lines[start].trimmed().startsWith(QLatin1String("%%"))))
        ++start;
    if (start >= lines.size() || !isFlowchart(lines[start]))
        return false;
    out.direction
        = lines[start].simplified().section(QLatin1Char(' '), 1, 1).remove(QLatin1Char(';'));
    Parser parser(out);
    for (int i = start + 1; i < lines.size(); ++i) {
        // Statements may also be separated by ';' (outside labels, which rarely hold one).
        for (const QString &part : lines[i].split(QLatin1Char(';')))
            parser.statement(part, firstLine + i);
    }
    return true;
}

} // namespace Stackdraft::Core
