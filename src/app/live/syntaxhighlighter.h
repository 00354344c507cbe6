#pragma once

#include <QRegularExpression>
#include <QString>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

#include <vector>

class QTextDocument;

namespace Stackdraft::App {

// The built-in highlighter for what Stackdraft generates and shows: YAML (compose, Kustomize),
// HCL (Terraform), Markdown, Mermaid and unified diffs. Used when KF6 SyntaxHighlighting is not
// available (Debian 12 packages it only for Qt 5); a handful of line rules per language is enough
// for read-only previews of files whose shape we control.
class SyntaxHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { Plain, Yaml, Hcl, Markdown, Mermaid, Diff };

    explicit SyntaxHighlighter(QTextDocument *document, Language language = Language::Plain);

    Language language() const { return m_language; }
    void setLanguage(Language language);

    // By file name: *.yml/*.yaml/.env*, *.tf/*.hcl, *.md, *.mmd, *.diff/*.patch; else Plain.
    static Language languageForFile(const QString &fileName);

    // The format a rule gives the text at `position` of `line` in `language` (for tests).
    enum class Role {
        Normal,
        Key,
        String,
        Number,
        Comment,
        Keyword,
        Heading,
        Added,
        Removed,
        Hunk
    };
    static Role roleAt(Language language, const QString &line, int position);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        Role role;
        int group = 0; // the capture group that gets the format
    };
    static const std::vector<Rule> &rules(Language language);
    static QTextCharFormat format(Role role);

    Language m_language;
};

} // namespace Stackdraft::App
