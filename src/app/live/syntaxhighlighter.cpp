#include "app/live/syntaxhighlighter.h"

#include <QFileInfo>
#include <QTextDocument>

namespace Stackdraft::App {
namespace {

using Re = QRegularExpression;

// Markdown fenced code spans lines; the block state remembers that we are inside one.
constexpr int InsideFence = 1;

} // namespace

SyntaxHighlighter::SyntaxHighlighter(QTextDocument *document, Language language)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
}

void SyntaxHighlighter::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    rehighlight();
}

SyntaxHighlighter::Language SyntaxHighlighter::languageForFile(const QString &fileName)
{
    const QFileInfo info(fileName);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("yml") || suffix == QLatin1String("yaml")
        || info.fileName().startsWith(QLatin1String(".env")))
        return Language::Yaml;
    if (suffix == QLatin1String("tf") || suffix == QLatin1String("hcl")
        || suffix == QLatin1String("tfvars"))
        return Language::Hcl;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        return Language::Markdown;
    if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid"))
        return Language::Mermaid;
    if (suffix == QLatin1String("diff") || suffix == QLatin1String("patch"))
        return Language::Diff;
    return Language::Plain;
}

const std::vector<SyntaxHighlighter::Rule> &SyntaxHighlighter::rules(Language language)
{
    // Later rules win where they overlap, so comments and strings come last.
    static const std::vector<Rule> yaml {
        {Re(QStringLiteral("\\b-?\\d+(\\.\\d+)?([a-zA-Z]{1,2})?\\b")), Role::Number},
        {Re(QStringLiteral("\\b(true|false|null|yes|no)\\b")), Role::Keyword},
        {Re(QStringLiteral("^\\s*(?:-\\s+)?([^\\s#:'\"][^:#]*?|\"[^\"]*\"|'[^']*'):(?=\\s|$)")),
         Role::Key, 1},
        {Re(QStringLiteral("^\\s*(---|\\.\\.\\.)\\s*$")), Role::Keyword},
        {Re(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'")), Role::String},
        {Re(QStringLiteral("(?:^|\\s)(#.*)$")), Role::Comment, 1},
    };
    static const std::vector<Rule> hcl {
        {Re(QStringLiteral("\\b-?\\d+(\\.\\d+)?\\b")), Role::Number},
        {Re(QStringLiteral("^\\s*(resource|data|variable|output|provider|module|terraform|locals|"
                           "required_providers|dynamic|lifecycle)\\b")),
         Role::Keyword, 1},
        {Re(QStringLiteral("\\b(true|false|null|for|in|if)\\b")), Role::Keyword},
        {Re(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_-]*)\\s*=(?!=)")), Role::Key, 1},
        {Re(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")), Role::String},
        {Re(QStringLiteral("(#|//).*$")), Role::Comment},
    };
    static const std::vector<Rule> markdown {
        {Re(QStringLiteral("^#{1,6}\\s.*$")), Role::Heading},
        {Re(QStringLiteral("\\*\\*[^*]+\\*\\*|__[^_]+__")), Role::Keyword},
        {Re(QStringLiteral("`[^`]+`")), Role::String},
        {Re(QStringLiteral("\\[[^\\]]*\\]\\([^)]*\\)")), Role::Key},
        {Re(QStringLiteral("^\\s*(\\|.*\\|)\\s*$")), Role::Normal},
        {Re(QStringLiteral("^\\s*([-*+]|\\d+\\.)\\s")), Role::Number, 1},
        {Re(QStringLiteral("<!--.*-->")), Role::Comment},
    };
    static const std::vector<Rule> mermaid {
        {Re(QStringLiteral("^\\s*(flowchart|graph|subgraph|end|classDef|class|direction|"
                           "sequenceDiagram|style|linkStyle)\\b")),
         Role::Keyword, 1},
        {Re(QStringLiteral("(-->|---|-\\.->|==>|--o|--x|<-->)")), Role::Number},
        {Re(QStringLiteral("\\|[^|]*\\|")), Role::Key},
        {Re(QStringLiteral("\"[^\"]*\"")), Role::String},
        {Re(QStringLiteral("%%.*$")), Role::Comment},
    };
    static const std::vector<Rule> diff {
        {Re(QStringLiteral("^(diff --git|index |--- |\\+\\+\\+ ).*$")), Role::Heading},
        {Re(QStringLiteral("^@@.*@@")), Role::Hunk},
        {Re(QStringLiteral("^\\+(?!\\+\\+ ).*$")), Role::Added},
        {Re(QStringLiteral("^-(?!-- ).*$")), Role::Removed},
    };
    static const std::vector<Rule> none;
    switch (language) {
    case Language::Yaml:
        return yaml;
    case Language::Hcl:
        return hcl;
    case Language::Markdown:
        return markdown;
    case Language::Mermaid:
        return mermaid;
    case Language::Diff:
        return diff;
    case Language::Plain:
        break;
    }
    return none;
}

QTextCharFormat SyntaxHighlighter::format(Role role)
{
    // Mid-tone colours readable on light and dark backgrounds.
    QTextCharFormat f;
    switch (role) {
    case Role::Normal:
        break;
    case Role::Key:
        f.setForeground(QColor(0x2f, 0x6f, 0xbf));
        break;
    case Role::String:
        f.setForeground(QColor(0x3f, 0x8f, 0x3f));
        break;
    case Role::Number:
        f.setForeground(QColor(0xb0, 0x60, 0x20));
        break;
    case Role::Comment:
        f.setForeground(QColor(0x80, 0x80, 0x80));
        f.setFontItalic(true);
        break;
    case Role::Keyword:
        f.setForeground(QColor(0x9a, 0x40, 0xb0));
        f.setFontWeight(QFont::Bold);
        break;
    case Role::Heading:
        f.setForeground(QColor(0x2f, 0x6f, 0xbf));
        f.setFontWeight(QFont::Bold);
        break;
    case Role::Added:
        f.setForeground(QColor(0x1f, 0x7f, 0x2f));
        f.setBackground(QColor(0x2f, 0xbf, 0x4f, 0x30));
        break;
    case Role::Removed:
        f.setForeground(QColor(0xb0, 0x20, 0x20));
        f.setBackground(QColor(0xdf, 0x3f, 0x3f, 0x30));
        break;
    case Role::Hunk:
        f.setForeground(QColor(0x20, 0x80, 0xa0));
        break;
    }
    return f;
}

SyntaxHighlighter::Role SyntaxHighlighter::roleAt(Language language, const QString &line,
                                                  int position)
{
    Role role = Role::Normal;
    for (const Rule &rule : rules(language)) {
        for (auto it = rule.pattern.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (position >= match.capturedStart(rule.group)
                && position < match.capturedEnd(rule.group))
                role = rule.role;
        }
    }
    return role;
}

void SyntaxHighlighter::highlightBlock(const QString &text)
{
    if (m_language == Language::Markdown) {
        const bool fence = text.trimmed().startsWith(QLatin1String("```"));
        const bool inside = previousBlockState() == InsideFence;
        setCurrentBlockState(inside != fence ? InsideFence : 0);
        if (inside || fence) {
            setFormat(0, int(text.size()), format(Role::String));
            return;
        }
    }
    for (const Rule &rule : rules(m_language)) {
        for (auto it = rule.pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength(rule.group) > 0)
                setFormat(int(match.capturedStart(rule.group)),
                          int(match.capturedLength(rule.group)), format(rule.role));
        }
    }
}

} // namespace Stackdraft::App
