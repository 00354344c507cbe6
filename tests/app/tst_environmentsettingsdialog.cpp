#include "app/environmentsettingsdialog.h"
#include "core/cost/pricebooks.h"
#include "core/model/quantity.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::App;

class TestEnvironmentSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void showsAndReturnsEverySetting();
    void badBudgetIsRefused_data();
    void badBudgetIsRefused();
};

namespace {

Core::PriceBooks bundledBooks()
{
    Core::PriceBooks books;
    if (!books.addDirectory(QStringLiteral(":/stackdraft/pricing")))
        qFatal("the bundled price books do not load");
    return books;
}

Core::Environment staging()
{
    Core::Environment environment;
    environment.id = QStringLiteral("staging");
    environment.platform = Core::Platform::Compose;
    environment.priceBook = QStringLiteral("self-hosted");
    environment.deployments = {Core::Deployment {.component = QStringLiteral("api")}};
    return environment;
}

template<typename T> T *child(QDialog &dialog, const char *name)
{
    T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no %s in the dialog", name);
    return widget;
}

void setText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

void TestEnvironmentSettingsDialog::showsAndReturnsEverySetting()
{
    const Core::PriceBooks books = bundledBooks();
    QVERIFY(!books.books().isEmpty());
    EnvironmentSettingsDialog dialog(staging(), books);
    setText(child<QLineEdit>(dialog, "label"), QStringLiteral("Staging"));
    setText(child<QLineEdit>(dialog, "purpose"), QStringLiteral("Integration tests"));
    auto *platform = child<QComboBox>(dialog, "platform");
    platform->setCurrentIndex(platform->findData(QStringLiteral("kubernetes")));
    setText(child<QLineEdit>(dialog, "region"), QStringLiteral("us-east-1"));
    auto *book = child<QComboBox>(dialog, "priceBook");
    book->setCurrentIndex(book->findData(QStringLiteral("aws-us-east-1")));
    setText(child<QLineEdit>(dialog, "budgetCpu"), QStringLiteral("6"));
    setText(child<QLineEdit>(dialog, "budgetMemory"), QStringLiteral("12Gi"));
    child<QDoubleSpinBox>(dialog, "budgetCost")->setValue(400);
    child<QDoubleSpinBox>(dialog, "dataTransferOutGb")->setValue(5);
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());

    const Core::Environment result = dialog.environment();
    QCOMPARE(result.id, QStringLiteral("staging"));
    QCOMPARE(result.label, QStringLiteral("Staging"));
    QCOMPARE(result.purpose, QStringLiteral("Integration tests"));
    QCOMPARE(result.platform, Core::Platform::Kubernetes);
    QCOMPARE(result.region, QStringLiteral("us-east-1"));
    QCOMPARE(result.priceBook, QStringLiteral("aws-us-east-1"));
    QCOMPARE(result.budget.cpu, 6000);
    QCOMPARE(result.budget.memory, 12 * Core::Quantity::Gi);
    QCOMPARE(result.budget.monthlyCost, 400.0);
    QCOMPARE(result.usage.dataTransferOutGb, 5.0);
    QCOMPARE(result.deployments, staging().deployments); // untouched
}

void TestEnvironmentSettingsDialog::badBudgetIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addRow("cpu suffix") << "budgetCpu"
                                << "4x";
    QTest::addRow("negative cpu") << "budgetCpu"
                                  << "-1";
    QTest::addRow("memory suffix") << "budgetMemory"
                                   << "500x";
}

void TestEnvironmentSettingsDialog::badBudgetIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    EnvironmentSettingsDialog dialog(staging(), bundledBooks());
    setText(dialog.findChild<QLineEdit *>(field), text);
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(
        !child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.environment().budget, staging().budget);
}

QTEST_MAIN(TestEnvironmentSettingsDialog)
#include "tst_environmentsettingsdialog.moc"
