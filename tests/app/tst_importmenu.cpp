#include "app/import/importdialog.h"
#include "app/import/importreportdialog.h"
#include "core/catalog/catalog.h"
#include "core/import/importjob.h"

#include <QComboBox>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

using namespace Stackdraft;

// File > Import…: the dialog hands the job what the user chose, and the report shows every note.
// STACKDRAFT_SCREENSHOTS=DIR saves both windows as PNG for a person to look at.
class TestImportMenu final : public QObject
{
    Q_OBJECT

private slots:
    void dialogChoices();
    void reportListsEveryNote();

private:
    static void shoot(QWidget &widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("STACKDRAFT_SCREENSHOTS");
        if (!dir.isEmpty())
            widget.grab().save(dir + '/' + name + ".png");
    }
};

void TestImportMenu::dialogChoices()
{
    App::ImportDialog closed(false);
    QVERIFY(!closed.findChild<QRadioButton *>("importIntoOpenProject")->isEnabled());
    App::ImportDialog dialog(true);
    dialog.setPaths({"a/compose.yaml", "a/compose.prod.yaml"});
    auto *format = dialog.findChild<QComboBox *>("importFormat");
    QCOMPARE(dialog.format(), QString()); // recognised by default
    format->setCurrentIndex(format->findData(QStringLiteral("k8s")));
    QCOMPARE(dialog.format(), QStringLiteral("k8s"));
    dialog.findChild<QRadioButton *>("importIntoOpenProject")->setChecked(true);
    QVERIFY(dialog.intoOpenProject());
    QCOMPARE(dialog.paths(), (QStringList {"a/compose.yaml", "a/compose.prod.yaml"}));
    shoot(dialog, "import-dialog");
}

void TestImportMenu::reportListsEveryNote()
{
    Core::ImportJob job;
    job.paths = {QStringLiteral(STACKDRAFT_SOURCE_DIR
                                "/tests/import/corpus/compose/nginx-flask-mysql.compose.yaml")};
    job.catalog = &Core::Catalog::standard();
    job.variables = QMap<QString, QString> {};
    const Core::Result<Core::ImportJob::Outcome> outcome = job.run();
    QVERIFY(outcome);
    QVERIFY(!outcome->report.isEmpty());
    App::ImportReportDialog report(QStringLiteral("%1 components").arg(outcome->components),
                                   outcome->report);
    auto *tree = report.findChild<QTreeWidget *>("importNotes");
    QCOMPARE(tree->topLevelItemCount(), outcome->report.notes().size());
    QVERIFY(tree->topLevelItem(0)->text(1).startsWith("nginx-flask-mysql.compose.yaml:"));
    report.show();
    shoot(report, "import-report");
}

QTEST_MAIN(TestImportMenu)
#include "tst_importmenu.moc"
