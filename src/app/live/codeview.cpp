#include "app/live/codeview.h"

#include "app/live/syntaxhighlighter.h"

#include <QFontDatabase>
#include <QScrollBar>

#ifdef STACKDRAFT_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace Stackdraft::App {

#ifdef STACKDRAFT_HAVE_KSYNTAXHIGHLIGHTING
namespace {
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo; // loads the definitions once
    return repo;
}
} // namespace
#endif

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

CodeView::~CodeView() = default;

void CodeView::showText(const QString &text, const QString &fileName)
{
    const bool sameFile = fileName == m_fileName;
    const int vertical = verticalScrollBar()->value();
    const int horizontal = horizontalScrollBar()->value();
    if (!sameFile || !m_highlighter)
        attachHighlighter(fileName);
    m_fileName = fileName;
    if (toPlainText() != text)
        setPlainText(text);
    if (sameFile) {
        verticalScrollBar()->setValue(vertical);
        horizontalScrollBar()->setValue(horizontal);
    }
}

void CodeView::attachHighlighter(const QString &fileName)
{
    delete m_highlighter;
    m_highlighter = nullptr;
#ifdef STACKDRAFT_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = repository().definitionForFileName(fileName);
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
        highlighter->setTheme(repository().themeForPalette(palette()));
        highlighter->setDefinition(definition);
        m_highlighter = highlighter;
        return;
    }
#endif
    // Mermaid and anything KF6 does not know fall back to the built-in rules.
    m_highlighter = new SyntaxHighlighter(document(), SyntaxHighlighter::languageForFile(fileName));
}

QString CodeView::highlighterName() const
{
    if (qobject_cast<SyntaxHighlighter *>(m_highlighter))
        return QStringLiteral("built-in");
    return m_highlighter ? QStringLiteral("KSyntaxHighlighting") : QString();
}

} // namespace Stackdraft::App
