#include "app/live/codeview.h"
#include "app/live/syntaxhighlighter.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Stackdraft::App;
using Language = SyntaxHighlighter::Language;
using Role = SyntaxHighlighter::Role;

class TestSyntaxHighlighter final : public QObject
{
    Q_OBJECT

private slots:
    void languageForFile_data();
    void languageForFile();
    void roles_data();
    void roles();
    void highlightsTheDocument();
};

void TestSyntaxHighlighter::languageForFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Language>("language");
    QTest::addRow("compose") << "deploy/compose/docker-compose.yml" << Language::Yaml;
    QTest::addRow("kustomization") << "deploy/k8s/base/kustomization.yaml" << Language::Yaml;
    QTest::addRow("env example") << "deploy/compose/.env.example" << Language::Yaml;
    QTest::addRow("terraform") << "deploy/terraform/production/main.tf" << Language::Hcl;
    QTest::addRow("markdown") << "docs/ARCHITECTURE.md" << Language::Markdown;
    QTest::addRow("mermaid") << "docs/diagrams/components.mmd" << Language::Mermaid;
    QTest::addRow("diff") << "x.diff" << Language::Diff;
    QTest::addRow("other") << "README" << Language::Plain;
}

void TestSyntaxHighlighter::languageForFile()
{
    QFETCH(QString, file);
    QFETCH(Language, language);
    QCOMPARE(SyntaxHighlighter::languageForFile(file), language);
}

void TestSyntaxHighlighter::roles_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("at"); // the text whose first character is checked
    QTest::addColumn<Role>("role");
    QTest::addRow("yaml key") << Language::Yaml << "  replicas: 3"
                              << "replicas" << Role::Key;
    QTest::addRow("yaml number") << Language::Yaml << "  replicas: 3"
                                 << "3" << Role::Number;
    QTest::addRow("yaml list key") << Language::Yaml << "  - name: api"
                                   << "name" << Role::Key;
    QTest::addRow("yaml value") << Language::Yaml << "  image: nginx:1.27"
                                << "nginx" << Role::Normal;
    QTest::addRow("yaml string") << Language::Yaml << "  cmd: \"a: b\""
                                 << "a:" << Role::String;
    QTest::addRow("yaml comment") << Language::Yaml << "a: 1 # why"
                                  << "# why" << Role::Comment;
    QTest::addRow("yaml hash in value") << Language::Yaml << "url: http://x/#frag"
                                        << "#frag" << Role::Normal;
    QTest::addRow("hcl block") << Language::Hcl << "resource \"aws_vpc\" \"main\" {"
                               << "resource" << Role::Keyword;
    QTest::addRow("hcl attribute") << Language::Hcl << "  cidr_block = \"10.0.0.0/16\""
                                   << "cidr_block" << Role::Key;
    QTest::addRow("hcl string") << Language::Hcl << "  cidr_block = \"10.0.0.0/16\""
                                << "\"10" << Role::String;
    QTest::addRow("hcl comment") << Language::Hcl << "# Generated"
                                 << "Generated" << Role::Comment;
    QTest::addRow("markdown heading") << Language::Markdown << "## Cost"
                                      << "Cost" << Role::Heading;
    QTest::addRow("markdown code") << Language::Markdown << "use `kubectl`"
                                   << "`kubectl" << Role::String;
    QTest::addRow("mermaid keyword") << Language::Mermaid << "  subgraph data"
                                     << "subgraph" << Role::Keyword;
    QTest::addRow("mermaid arrow") << Language::Mermaid << "  a -->|SQL| b"
                                   << "-->" << Role::Number;
    QTest::addRow("mermaid label") << Language::Mermaid << "  a -->|SQL| b"
                                   << "SQL" << Role::Key;
    QTest::addRow("diff added") << Language::Diff << "+  replicas: 3"
                                << "replicas" << Role::Added;
    QTest::addRow("diff removed") << Language::Diff << "-  replicas: 2"
                                  << "replicas" << Role::Removed;
    QTest::addRow("diff header") << Language::Diff << "--- a/x.yml"
                                 << "a/x" << Role::Heading;
    QTest::addRow("diff hunk") << Language::Diff << "@@ -1,3 +1,3 @@"
                               << "-1" << Role::Hunk;
    QTest::addRow("diff context") << Language::Diff << " spec:"
                                  << "spec" << Role::Normal;
}

void TestSyntaxHighlighter::roles()
{
    QFETCH(Language, language);
    QFETCH(QString, line);
    QFETCH(QString, at);
    QFETCH(Role, role);
    const int position = int(line.indexOf(at));
    QVERIFY(position >= 0);
    QCOMPARE(SyntaxHighlighter::roleAt(language, line, position), role);
}

void TestSyntaxHighlighter::highlightsTheDocument()
{
    CodeView view;
    view.showText(QStringLiteral("services:\n  api:\n    image: x # note\n"),
                  QStringLiteral("docker-compose.yml"));
    QVERIFY(!view.highlighterName().isEmpty());
    const QTextBlock block = view.document()->findBlockByNumber(2);
    bool formatted = false;
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        formatted |= range.length > 0 && range.format.foreground().style() != Qt::NoBrush;
    QVERIFY(formatted);
}

QTEST_MAIN(TestSyntaxHighlighter)
#include "tst_syntaxhighlighter.moc"
