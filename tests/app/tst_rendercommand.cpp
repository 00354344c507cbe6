#include "app/rendercommand.h"
#include "cli/output.h"
#include "core/catalog/catalog.h"
#include "core/io/projectreader.h"
#include "core/model/project.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Stackdraft;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run render(const QStringList &arguments)
{
    Run run;
    QTextStream outStream(&run.out);
    QTextStream errStream(&run.err);
    Cli::Output out(outStream);
    Cli::Output err(errStream);
    App::RenderCommand command;
    run.exitCode = command.run(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

QString example(const QString &name)
{
    return QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/%1.stackdraft.yaml").arg(name);
}

} // namespace

class TestRenderCommand final : public QObject
{
    Q_OBJECT

private slots:
    void everyEnvironmentOfEveryExample_data();
    void everyEnvironmentOfEveryExample();
    void scaleSetsThePngSize();
    void badArguments_data();
    void badArguments();
    void runsWithNoDisplay();
};

void TestRenderCommand::everyEnvironmentOfEveryExample_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("environment");
    const QStringList examples
        = QDir(QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples"))
              .entryList({QStringLiteral("*.stackdraft.yaml")}, QDir::Files, QDir::Name);
    QVERIFY(!examples.isEmpty());
    for (const QString &name : examples) {
        const QString file = QStringLiteral(STACKDRAFT_SOURCE_DIR "/examples/") + name;
        const auto project = Core::ProjectReader::readFile(file, Core::Catalog::standard());
        QVERIFY2(project.ok(), qPrintable(file));
        for (const Core::Environment &environment : project->environments)
            QTest::addRow("%s/%s", qPrintable(name), qPrintable(environment.id))
                << file << environment.id;
    }
}

void TestRenderCommand::everyEnvironmentOfEveryExample()
{
    QFETCH(QString, file);
    QFETCH(QString, environment);
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("canvas.svg"));
    const QString png = dir.filePath(QStringLiteral("canvas.png"));
    for (const QString &out : {svg, png}) {
        const Run run
            = render({file, QStringLiteral("--env"), environment, QStringLiteral("--out"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.trimmed(), out);
    }

    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = svgFile.readAll();
    QVERIFY(bytes.startsWith("<?xml"));
    QVERIFY(bytes.contains("<svg"));
    const auto project = Core::ProjectReader::readFile(file, Core::Catalog::standard());
    const Core::Environment &env = *project->environment(environment);
    QVERIFY(!env.deployments.isEmpty());
    for (const Core::Component *component : project->deployedComponents(env)) {
        // Each card writes its id as text: ">id<" between the tags.
        QVERIFY2(bytes.contains('>' + component->id.toUtf8() + '<'), qPrintable(component->id));
    }

    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200 && image.height() > 100);
    // Not a blank picture: more than the background colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 10);
}

void TestRenderCommand::scaleSetsThePngSize()
{
    QTemporaryDir dir;
    QSize sizes[2];
    int i = 0;
    for (const char *scale : {"1", "2"}) {
        const QString out = dir.filePath(QStringLiteral("s%1.png").arg(i));
        const Run run = render({example(QStringLiteral("webot-chatflow")), QStringLiteral("--out"),
                                out, QStringLiteral("--scale"), QString::fromLatin1(scale)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        sizes[i++] = QImage(out).size();
    }
    QVERIFY(!sizes[0].isEmpty());
    QVERIFY(qAbs(sizes[1].width() - 2 * sizes[0].width()) <= 2);
    QVERIFY(qAbs(sizes[1].height() - 2 * sizes[0].height()) <= 2);
}

void TestRenderCommand::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString file = example(QStringLiteral("webot-chatflow"));
    QTest::addRow("no out") << QStringList {file} << "--out";
    QTest::addRow("wrong suffix") << QStringList {file, "--out", "/tmp/x.jpg"} << "x.jpg";
    QTest::addRow("zero scale") << QStringList {file, "--out", "/tmp/x.png", "--scale", "0"}
                                << "--scale";
    QTest::addRow("huge scale") << QStringList {file, "--out", "/tmp/x.png", "--scale", "1e6"}
                                << "--scale";
    QTest::addRow("unknown environment")
        << QStringList {file, "--env", "moon", "--out", "/tmp/x.svg"} << "moon";
    QTest::addRow("missing file") << QStringList {"/nonexistent.stackdraft.yaml", "--out",
                                                  "/tmp/x.svg"}
                                  << "nonexistent";
    QTest::addRow("unwritable") << QStringList {file, "--out", "/nonexistent-dir/x.svg"}
                                << "nonexistent-dir";
}

void TestRenderCommand::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = render(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestRenderCommand::runsWithNoDisplay()
{
    // The real executable, with no DISPLAY and no platform chosen: it picks offscreen itself.
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    const QString out = dir.filePath(QStringLiteral("webot.svg"));
    process.start(QStringLiteral(STACKDRAFT_BINARY_DIR "/src/app/stackdraft"),
                  {QStringLiteral("render"), example(QStringLiteral("webot-chatflow")),
                   QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("--out"),
                   out});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY(QFileInfo(out).size() > 1000);
}

QTEST_MAIN(TestRenderCommand)
#include "tst_rendercommand.moc"
