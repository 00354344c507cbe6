#include "core/io/yamlparser.h"

#include <QTest>

using namespace Stackdraft::Core;

// The YAML reader under every command and the app: refusals with their position, and the shape of
// what it accepts. (Project-level errors are tst_projectreader's.)
class TestYamlParser final : public QObject
{
    Q_OBJECT

private slots:
    void refuses_data();
    void refuses();
    void aliasesAreCopies();
    void missingValuePointsAtItsKey();
    void duplicateInALargeMap();
    void manyKeysStayDistinct();
    void streamThatStopsAdvancingEnds();
};

namespace {

// What went wrong, for a failure message (error() may only be asked of a failed result).
QString failure(const Result<YamlNode> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

QByteArray manyKeys(int count)
{
    QByteArray yaml;
    for (int i = 0; i < count; ++i)
        yaml += "k" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\n";
    return yaml;
}

} // namespace

void TestYamlParser::refuses_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");
    // The alias rows crashed the whole process (unbounded recursion) before the tree was built
    // from parser events.
    const QString cycle = QStringLiteral("stands inside the node it refers to");
    QTest::newRow("alias inside its own list")
        << QByteArray("x: &a [*a]\n") << 1 << 8 << QStringLiteral("x[0]") << cycle;
    QTest::newRow("alias inside its own map")
        << QByteArray("x: &a {k: *a}\n") << 1 << 11 << QStringLiteral("x.k") << cycle;
    QTest::newRow("alias deep inside its node")
        << QByteArray("y: 1\nx: &loop\n  k:\n    - [1, *loop]\n") << 4 << 11
        << QStringLiteral("x.k[0][1]") << QStringLiteral("'*loop'");
    QTest::newRow("anchored root referenced inside itself")
        << QByteArray("&root\nstackdraft: 1\nname: shop\nagain: *root\n") << 4 << 8
        << QStringLiteral("again") << QStringLiteral("anchored '&root' at line");
    QTest::newRow("alias of a list as a key")
        << QByteArray("a: &l [1]\n*l : 2\n") << 2 << 1 << QString() << QStringLiteral("plain text");
    QTest::newRow("list as a key")
        << QByteArray("a: 1\n? [b]\n: 2\n") << 2 << 3 << QString() << QStringLiteral("plain text");
    QTest::newRow("null key") << QByteArray("m:\n  ~: 1\n") << 2 << 3 << QStringLiteral("m")
                              << QStringLiteral("plain text");
    QTest::newRow("duplicate key")
        << QByteArray("a: 1\nb: 2\na: 3\n") << 3 << 1 << QStringLiteral("a")
        << QStringLiteral("duplicate key 'a' (first at line 1)");
    QTest::newRow("duplicate nested key")
        << QByteArray("top:\n  - {x: 1, y: 2, x: 3}\n") << 2 << 18 << QStringLiteral("top[0].x")
        << QStringLiteral("duplicate key 'x'");
    // An unclosed bracket makes yaml-cpp see odd structure before it gives up: the syntax error is
    // the cause, so it wins over what the tree builder met first.
    QTest::newRow("a syntax error further on wins")
        << QByteArray("a: 1\na: 2\nb: [\n") << 4 << 1 << QString()
        << QStringLiteral("'[' list is not closed");
    QTest::newRow("two documents") << QByteArray("a: 1\n---\nb: 2\n---\nc: 3\n") << 3 << 1
                                   << QString() << QStringLiteral("3 YAML documents");
}

void TestYamlParser::refuses()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    const Result<YamlNode> result = YamlParser::parse(yaml, QStringLiteral("in.yaml"));
    QVERIFY2(!result.ok(), "accepted");
    const Error &error = result.error();
    QVERIFY2(error.message.contains(fragment), qPrintable(error.toString()));
    QCOMPARE(error.file, QStringLiteral("in.yaml"));
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.field, field);
}

void TestYamlParser::aliasesAreCopies()
{
    const Result<YamlNode> result = YamlParser::parse(
        "base: &b {image: nginx, ports: [80]}\nweb: *b\nname: &n shop\nagain: *n\n",
        QStringLiteral("in.yaml"));
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const YamlNode *web = result->find(QStringLiteral("web"));
    QVERIFY(web && web->isMap());
    QCOMPARE(web->find(QStringLiteral("image"))->scalar, QStringLiteral("nginx"));
    QCOMPARE(web->find(QStringLiteral("ports"))->items.size(), size_t(1));
    QCOMPARE(result->find(QStringLiteral("again"))->scalar, QStringLiteral("shop"));
    // The copy keeps the anchored node's position: messages point at where the text is.
    QCOMPARE(web->find(QStringLiteral("image"))->line, 1);
}

void TestYamlParser::missingValuePointsAtItsKey()
{
    const Result<YamlNode> result
        = YamlParser::parse("a:\n  b:\n\n  c: 'yes'\n", QStringLiteral("in.yaml"));
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    const YamlNode *b = result->find(QStringLiteral("a"))->find(QStringLiteral("b"));
    QVERIFY(b && b->isNull());
    QCOMPARE(b->line, 2);
    QCOMPARE(b->column, 3);
    const YamlNode *c = result->find(QStringLiteral("a"))->find(QStringLiteral("c"));
    QVERIFY(c->quoted);
}

void TestYamlParser::duplicateInALargeMap()
{
    // Past a few keys the repeat check goes through a hash: it must find the same first repeat.
    const QByteArray yaml = manyKeys(200) + "k150: again\nk3: again\n";
    const Result<YamlNode> result = YamlParser::parse(yaml, QStringLiteral("in.yaml"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("duplicate key 'k150' (first at line "
                                                           "151)")),
             qPrintable(failure(result)));
    QCOMPARE(result.error().line, 201);
    QCOMPARE(result.error().field, QStringLiteral("k150"));
}

void TestYamlParser::manyKeysStayDistinct()
{
    const Result<YamlNode> result = YamlParser::parse(manyKeys(5000), QStringLiteral("in.yaml"));
    QVERIFY2(result.ok(), qPrintable(failure(result)));
    QCOMPARE(result->keys.size(), size_t(5000));
    QCOMPARE(result->values[4321].scalar, QStringLiteral("4321"));
    QCOMPARE(result->keys[4321].line, 4322);
}

// A broken manifest on which yaml-cpp reported empty documents for ever without reading on (found
// by fuzz_kubernetes_importer): the stream is refused with a position instead of spinning.
void TestYamlParser::streamThatStopsAdvancingEnds()
{
    const QByteArray text
        = ", source: kub/guestbook-controller.yaml\n---\nkind: ReplicationControend "
          "of sequence flow not found  name: guestbook\n  labels:\n    app: "
          "guestbook\nsPec:\n  replicas: 6\n  selecNUL:\n $  app: gues Replict: "
          "6040\n    targetPort: redis-server\n  seqector:\n    app: redis\n    "
          "role: replica\n\n";
    const auto parsed = YamlParser::parseAll(text, QStringLiteral("spin.yaml"));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().line > 0, qPrintable(parsed.error().toString()));
}

QTEST_GUILESS_MAIN(TestYamlParser)
#include "tst_yamlparser.moc"
