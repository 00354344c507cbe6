#include "app/inspector/deploymentform.h"
#include "core/model/quantity.h"
#include "sampleproject.h"

#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Stackdraft;
using namespace Stackdraft::App;

// The deployment form on its own: what typing in a field emits, and what it refuses.
class TestDeploymentForm final : public QObject
{
    Q_OBJECT

private slots:
    void typingEmitsTheEditedDeployment_data();
    void typingEmitsTheEditedDeployment();
    void badValuesAreRefusedWithAReason_data();
    void badValuesAreRefusedWithAReason();
    void multiSelectionEditsEveryComponent();
    void showsWhereValuesDiffer();
    void offersToDeployWhatIsNotDeployed();
};

namespace {

// Types `text` into the form's `field` as a person would: select all, then type.
void typeInto(DeploymentForm &form, const QString &field, const QString &text)
{
    QLineEdit *edit = form.field(field);
    QVERIFY2(edit, qPrintable(field));
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

void TestDeploymentForm::typingEmitsTheEditedDeployment_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<qint64>("cpuRequest");
    QTest::addColumn<qint64>("memoryLimit");
    QTest::addRow("replicas") << "replicas"
                              << "5" << 5 << qint64(500) << qint64(0);
    QTest::addRow("cpu request") << "cpuRequest"
                                 << "250m" << 3 << qint64(250) << qint64(0);
    QTest::addRow("memory limit") << "memoryLimit"
                                  << "2Gi" << 3 << qint64(500) << qint64(2 * Core::Quantity::Gi);
}

void TestDeploymentForm::typingEmitsTheEditedDeployment()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(int, replicas);
    QFETCH(qint64, cpuRequest);
    QFETCH(qint64, memoryLimit);
    const Core::Project project = SampleProject::make();
    DeploymentForm form;
    form.show(project, QStringLiteral("production"), {QStringLiteral("api")});
    QSignalSpy edited(&form, &DeploymentForm::edited);
    typeInto(form, field, text);
    QVERIFY(!edited.isEmpty());
    QCOMPARE(edited.last().at(0).toString(), field);
    const auto deployments = edited.last().at(1).value<QList<Core::Deployment>>();
    QCOMPARE(deployments.size(), 1);
    QCOMPARE(deployments.first().component, QStringLiteral("api"));
    QCOMPARE(deployments.first().replicas, replicas);
    QCOMPARE(deployments.first().resources.cpuRequest, cpuRequest);
    QCOMPARE(deployments.first().resources.memoryLimit, memoryLimit);
    QVERIFY(form.errorText().isEmpty());
}

void TestDeploymentForm::badValuesAreRefusedWithAReason_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::addRow("negative replicas") << "replicas"
                                       << "-1"
                                       << "replicas";
    QTest::addRow("unknown cpu suffix") << "cpuRequest"
                                        << "500x"
                                        << "CPU quantity";
    QTest::addRow("unknown memory suffix") << "memoryRequest"
                                           << "12Qi"
                                           << "memory quantity";
    QTest::addRow("limit under request") << "cpuLimit"
                                         << "100m"
                                         << "below the request";
    QTest::addRow("bad host") << "host"
                              << "api_.Example"
                              << "host name";
    QTest::addRow("relative path") << "path"
                                   << "api"
                                   << "starts with /";
}

void TestDeploymentForm::badValuesAreRefusedWithAReason()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Core::Project project = SampleProject::make();
    DeploymentForm form;
    form.show(project, QStringLiteral("production"), {QStringLiteral("api")});
    // Host and path sit in the exposure group, editable once the component is public.
    form.findChild<QGroupBox *>(QStringLiteral("exposure"))->setChecked(true);
    QSignalSpy edited(&form, &DeploymentForm::edited);
    typeInto(form, field, text);
    // Never written: no emission carries the refused value's field (a prefix like "-" or
    // "api" may be emitted on the way, but never the final text).
    for (const QList<QVariant> &emission : std::as_const(edited)) {
        const auto deployments = emission.at(1).value<QList<Core::Deployment>>();
        const Core::Deployment &d = deployments.first();
        QVERIFY(d.replicas >= 0);
        QVERIFY(d.resources.cpuLimit == 0 || d.resources.cpuLimit >= d.resources.cpuRequest);
        QVERIFY(!d.exposure.host.contains(QLatin1Char('_')));
    }
    QVERIFY2(form.errorText().contains(reason), qPrintable(form.errorText()));
}

void TestDeploymentForm::multiSelectionEditsEveryComponent()
{
    const Core::Project project = SampleProject::make();
    DeploymentForm form;
    form.show(project, QStringLiteral("production"),
              {QStringLiteral("web"), QStringLiteral("api"), QStringLiteral("cache")});
    // Replicas differ (2, 3, 1): the field is blank and says so.
    QVERIFY(form.field(QStringLiteral("replicas"))->text().isEmpty());
    QVERIFY(!form.field(QStringLiteral("replicas"))->placeholderText().isEmpty());
    QSignalSpy edited(&form, &DeploymentForm::edited);
    typeInto(form, QStringLiteral("replicas"), QStringLiteral("4"));
    const auto deployments = edited.last().at(1).value<QList<Core::Deployment>>();
    QCOMPARE(deployments.size(), 3);
    for (const Core::Deployment &d : deployments)
        QCOMPARE(d.replicas, 4);
    // Only the edited field changed.
    QCOMPARE(deployments.at(1).resources.cpuRequest, 500);
}

void TestDeploymentForm::showsWhereValuesDiffer()
{
    const Core::Project project = SampleProject::make();
    DeploymentForm form;
    form.show(project, QStringLiteral("production"), {QStringLiteral("db")});
    // db: 1000m in production, 500m in development, no request in staging.
    const QStringList cpu = form.differences(QStringLiteral("cpuRequest"));
    QCOMPARE(cpu.size(), 2);
    QVERIFY(cpu.join(u' ').contains(QStringLiteral("development")));
    QVERIFY(cpu.join(u' ').contains(QStringLiteral("500m")));
    QVERIFY(form.differences(QStringLiteral("storage")).isEmpty());
    auto *label = form.findChild<QLabel *>(QStringLiteral("cpuRequestLabel"));
    QVERIFY(label->toolTip().contains(QStringLiteral("development")));
}

void TestDeploymentForm::offersToDeployWhatIsNotDeployed()
{
    const Core::Project project = SampleProject::make();
    DeploymentForm form;
    form.resize(400, 800);
    form.QWidget::show();
    form.show(project, QStringLiteral("development"), {QStringLiteral("cache")});
    auto *button = form.findChild<QPushButton *>(QStringLiteral("deployHere"));
    QVERIFY(button->isVisible());
    QSignalSpy requested(&form, &DeploymentForm::deployRequested);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toStringList(), QStringList {QStringLiteral("cache")});
}

QTEST_MAIN(TestDeploymentForm)
#include "tst_deploymentform.moc"
