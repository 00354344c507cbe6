#pragma once

#include <QPlainTextEdit>
#include <QString>

class QSyntaxHighlighter;

namespace Stackdraft::App {

// A read-only text view with syntax highlighting chosen by file name: KF6 SyntaxHighlighting's
// definitions when the build found it, else our SyntaxHighlighter. Shared by the preview dock and
// the commit dialog.
class CodeView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);
    ~CodeView() override;

    // Shows `text` highlighted as `fileName` (a path or a name; "x.diff" for a unified diff). Keeps
    // the scroll position when the file is the same, so a refresh after an edit does not jump.
    void showText(const QString &text, const QString &fileName);
    QString fileName() const { return m_fileName; }
    // Which engine highlights the current text ("KSyntaxHighlighting" or "built-in").
    QString highlighterName() const;

private:
    void attachHighlighter(const QString &fileName);

    QString m_fileName;
    QSyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace Stackdraft::App
