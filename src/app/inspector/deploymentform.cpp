#include "app/inspector/deploymentform.h"

#include "app/inspector/commandlinetext.h"
#include "app/inspector/queuesources.h"
#include "app/quantityfield.h"
#include "core/catalog/catalog.h"
#include "core/derived/backupplan.h"
#include "core/derived/containercommand.h"
#include "core/io/environmentparser.h"
#include "core/model/naming.h"
#include "core/model/project.h"
#include "ui_deploymentform.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>

namespace Stackdraft::App {

// One numeric field of a deployment: how to read it from the model, parse it and write it back.
struct DeploymentForm::NumberField
{
    enum class Unit { Count, Cpu, Memory, Percent };
    QString name;
    QLineEdit *edit;
    QLabel *label;
    QString labelText;
    Unit unit;
    std::function<qint64(const Core::Deployment &)> get;
    std::function<void(Core::Deployment &, qint64)> set;
};

namespace {

bool isHostName(const QString &host)
{
    if (host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!Core::Naming::isDnsLabel(label))
            return false;
    }
    return true;
}

QString formatNumber(int unit, qint64 value)
{
    using Unit = QuantityField::Unit;
    // The order of DeploymentForm::NumberField::Unit: Count, Cpu, Memory, Percent.
    switch (unit) {
    case 1:
        return QuantityField::format(Unit::Cpu, value);
    case 2:
        return QuantityField::format(Unit::Memory, value);
    case 3:
        return value == 0 ? QString() : QString::number(value);
    default:
        return QString::number(value);
    }
}

// The three backup choices the form offers; Stated holds a schedule or retention.
enum class BackupChoice { Off, PlatformDefault, Stated };

BackupChoice backupChoice(const Core::Deployment &d)
{
    if (!d.backup)
        return BackupChoice::Off;
    return d.backupPolicy.isDefault() ? BackupChoice::PlatformDefault : BackupChoice::Stated;
}

QString retentionText(int days)
{
    return days > 0 ? QStringLiteral("%1d").arg(days) : QString();
}

// A queue trigger switched on starts with one replica per this many messages (the figure of the
// file format's example), ready to be typed over.
constexpr int DefaultMessagesPerReplica = 100;

// The widgets of a QFormLayout row (label and field) shown or hidden together.
void setRowVisible(QWidget *field, bool visible)
{
    if (auto *form = qobject_cast<QFormLayout *>(field->parentWidget()->layout()))
        form->setRowVisible(field, visible);
}

} // namespace

DeploymentForm::DeploymentForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeploymentForm>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->errorLabel->hide();
    for (Core::DeploymentMode mode :
         {Core::DeploymentMode::Single, Core::DeploymentMode::Replicated,
          Core::DeploymentMode::Cluster, Core::DeploymentMode::Managed}) {
        const QString name = mode == Core::DeploymentMode::Single ? tr("Single instance")
            : mode == Core::DeploymentMode::Replicated            ? tr("Replicated")
            : mode == Core::DeploymentMode::Cluster               ? tr("Cluster")
                                                                  : tr("Managed service");
        m_ui->mode->addItem(name, Core::deploymentModeId(mode));
    }
    buildFields();
    buildComparedFields();
    connectBackup();
    connectQueue();
    connectCommandLine();
    m_ui->backupError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->backupError->hide();

    connect(m_ui->mode, &QComboBox::activated, this, [this] {
        const auto mode = Core::deploymentModeFromId(m_ui->mode->currentData().toString());
        if (mode)
            apply(QStringLiteral("mode"), [&](Core::Deployment &d) { d.mode = *mode; });
    });
    connect(m_ui->autoscaling, &QGroupBox::toggled, this, [this](bool on) {
        apply(QStringLiteral("autoscaling"), [on](Core::Deployment &d) {
            d.autoscaling.enabled = on;
            // Switching it on starts from what runs today, not from 1..1.
            if (on && d.autoscaling.maxReplicas < d.replicas) {
                d.autoscaling.minReplicas = qMax(1, d.replicas);
                d.autoscaling.maxReplicas = qMax(1, d.replicas) * 2;
            }
        });
    });
    connect(m_ui->exposure, &QGroupBox::toggled, this, [this](bool on) {
        apply(QStringLiteral("public"), [on](Core::Deployment &d) { d.exposure.isPublic = on; });
    });
    connect(m_ui->tls, &QCheckBox::toggled, this, [this](bool on) {
        apply(QStringLiteral("tls"), [on](Core::Deployment &d) { d.exposure.tls = on; });
    });
    connect(m_ui->host, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString host = text.trimmed().toLower();
        if (!host.isEmpty() && !isHostName(host))
            return showError(tr("“%1” is not a host name: DNS labels (a-z, 0-9, -) separated by "
                                "dots, e.g. api.example.com.")
                                 .arg(text));
        apply(QStringLiteral("host"), [&](Core::Deployment &d) { d.exposure.host = host; });
    });
    connect(m_ui->path, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString path = text.trimmed();
        if (!path.isEmpty()
            && (!path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char(' '))))
            return showError(tr("A path starts with / and has no spaces, e.g. /api."));
        apply(QStringLiteral("path"), [&](Core::Deployment &d) { d.exposure.path = path; });
    });
    connect(m_ui->overrides, &EnvVarTable::errorChanged, this, &DeploymentForm::showError);
    connect(
        m_ui->overrides, &EnvVarTable::edited, this, [this](const QList<Core::EnvVar> &variables) {
            apply(QStringLiteral("env"), [&](Core::Deployment &d) { d.envOverrides = variables; });
        });
    connect(m_ui->addOverride, &QToolButton::clicked, m_ui->overrides, &EnvVarTable::addRow);
    connect(m_ui->resetOverride, &QToolButton::clicked, m_ui->overrides,
            &EnvVarTable::removeSelectedRows);
    connect(m_ui->deployHere, &QPushButton::clicked, this,
            [this] { emit deployRequested(m_notDeployed); });
}

DeploymentForm::~DeploymentForm() = default;

void DeploymentForm::buildFields()
{
    using Unit = NumberField::Unit;
    auto add = [this](const QString &name, QLineEdit *edit, QLabel *label, Unit unit, auto get,
                      auto set) {
        m_fields.push_back({name, edit, label, label ? label->text() : QString(), unit, get, set});
    };
    add(
        QStringLiteral("replicas"), m_ui->replicas, m_ui->replicasLabel, Unit::Count,
        [](const Core::Deployment &d) { return qint64(d.replicas); },
        [](Core::Deployment &d, qint64 v) { d.replicas = int(v); });
    add(
        QStringLiteral("cpuRequest"), m_ui->cpuRequest, m_ui->cpuRequestLabel, Unit::Cpu,
        [](const Core::Deployment &d) { return d.resources.cpuRequest; },
        [](Core::Deployment &d, qint64 v) { d.resources.cpuRequest = v; });
    add(
        QStringLiteral("cpuLimit"), m_ui->cpuLimit, m_ui->cpuLimitLabel, Unit::Cpu,
        [](const Core::Deployment &d) { return d.resources.cpuLimit; },
        [](Core::Deployment &d, qint64 v) { d.resources.cpuLimit = v; });
    add(
        QStringLiteral("memoryRequest"), m_ui->memoryRequest, m_ui->memoryRequestLabel,
        Unit::Memory, [](const Core::Deployment &d) { return d.resources.memoryRequest; },
        [](Core::Deployment &d, qint64 v) { d.resources.memoryRequest = v; });
    add(
        QStringLiteral("memoryLimit"), m_ui->memoryLimit, m_ui->memoryLimitLabel, Unit::Memory,
        [](const Core::Deployment &d) { return d.resources.memoryLimit; },
        [](Core::Deployment &d, qint64 v) { d.resources.memoryLimit = v; });
    add(
        QStringLiteral("storage"), m_ui->storage, m_ui->storageLabel, Unit::Memory,
        [](const Core::Deployment &d) { return d.storage; },
        [](Core::Deployment &d, qint64 v) { d.storage = v; });
    add(
        QStringLiteral("minReplicas"), m_ui->minReplicas, m_ui->minReplicasLabel, Unit::Count,
        [](const Core::Deployment &d) { return qint64(d.autoscaling.minReplicas); },
        [](Core::Deployment &d, qint64 v) { d.autoscaling.minReplicas = int(v); });
    add(
        QStringLiteral("maxReplicas"), m_ui->maxReplicas, m_ui->maxReplicasLabel, Unit::Count,
        [](const Core::Deployment &d) { return qint64(d.autoscaling.maxReplicas); },
        [](Core::Deployment &d, qint64 v) { d.autoscaling.maxReplicas = int(v); });
    add(
        QStringLiteral("cpuTarget"), m_ui->cpuTarget, m_ui->cpuTargetLabel, Unit::Percent,
        [](const Core::Deployment &d) { return qint64(d.autoscaling.cpuTargetPercent); },
        [](Core::Deployment &d, qint64 v) { d.autoscaling.cpuTargetPercent = int(v); });
    add(
        QStringLiteral("memoryTarget"), m_ui->memoryTarget, m_ui->memoryTargetLabel, Unit::Percent,
        [](const Core::Deployment &d) { return qint64(d.autoscaling.memoryTargetPercent); },
        [](Core::Deployment &d, qint64 v) { d.autoscaling.memoryTargetPercent = int(v); });
    for (const NumberField &spec : m_fields) {
        const QString name = spec.name;
        connect(spec.edit, &QLineEdit::textEdited, this, [this, name] {
            for (const NumberField &field : m_fields) {
                if (field.name == name)
                    onNumberEdited(field);
            }
        });
    }
}

void DeploymentForm::buildComparedFields()
{
    for (const NumberField &spec : m_fields) {
        if (!spec.label)
            continue;
        const auto get = spec.get;
        const int unit = int(spec.unit);
        m_compared.push_back(
            {spec.name, spec.label, spec.labelText, spec.label->toolTip(),
             [get, unit](const Core::Deployment &d) { return formatNumber(unit, get(d)); }});
    }
    m_compared.push_back(
        {QStringLiteral("backup"), m_ui->backupModeLabel, m_ui->backupModeLabel->text(),
         m_ui->backupModeLabel->toolTip(), [this](const Core::Deployment &d) {
             switch (backupChoice(d)) {
             case BackupChoice::Off:
                 return tr("off");
             case BackupChoice::PlatformDefault:
                 return tr("platform default");
             case BackupChoice::Stated:
                 break;
             }
             return tr("%1, kept %2")
                 .arg(d.backupPolicy.schedule.isEmpty() ? tr("daily") : d.backupPolicy.schedule,
                      d.backupPolicy.retentionDays > 0 ? retentionText(d.backupPolicy.retentionDays)
                                                       : tr("the default time"));
         }});
    m_compared.push_back(
        {QStringLiteral("queue"), m_ui->queueTrigger, m_ui->queueTrigger->title(),
         m_ui->queueTrigger->toolTip(), [this](const Core::Deployment &d) {
             const Core::QueueTrigger &q = d.autoscaling.queue;
             return q.isSet()
                 ? tr("%1 on %2, %3 per replica").arg(q.name, q.from).arg(q.messagesPerReplica)
                 : QString();
         }});
    m_compared.push_back({QStringLiteral("command"), m_ui->commandLabel, m_ui->commandLabel->text(),
                          m_ui->commandLabel->toolTip(), [](const Core::Deployment &d) {
                              return CommandLineText::join(d.command);
                          }});
    m_compared.push_back({QStringLiteral("args"), m_ui->argsLabel, m_ui->argsLabel->text(),
                          m_ui->argsLabel->toolTip(),
                          [](const Core::Deployment &d) { return CommandLineText::join(d.args); }});
}

void DeploymentForm::connectBackup()
{
    m_ui->backupMode->addItem(tr("Off"), int(BackupChoice::Off));
    m_ui->backupMode->addItem(tr("Platform default (daily, kept %n days)", nullptr,
                                 Core::BackupPlan::DefaultRetentionDays),
                              int(BackupChoice::PlatformDefault));
    m_ui->backupMode->addItem(tr("Own schedule and retention"), int(BackupChoice::Stated));
    connect(m_ui->backupMode, &QComboBox::activated, this, [this] {
        const auto choice = BackupChoice(m_ui->backupMode->currentData().toInt());
        showBackupError({});
        apply(QStringLiteral("backup"), [choice](Core::Deployment &d) {
            switch (choice) {
            case BackupChoice::Off:
                // The policy stays (written `enabled: false`), so switching back restores it.
                d.backup = false;
                break;
            case BackupChoice::PlatformDefault:
                d.backup = true;
                d.backupPolicy = {};
                break;
            case BackupChoice::Stated:
                d.backup = true;
                // A policy to edit starts from what the platform would do.
                if (d.backupPolicy.isDefault())
                    d.backupPolicy = {QString::fromLatin1(Core::BackupPlan::DefaultSchedule),
                                      Core::BackupPlan::DefaultRetentionDays};
                break;
            }
        });
        const bool stated = choice == BackupChoice::Stated;
        setRowVisible(m_ui->backupSchedule, stated);
        setRowVisible(m_ui->backupRetention, stated);
    });
    connect(m_ui->backupSchedule, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString schedule = text.trimmed();
        if (!schedule.isEmpty()) {
            if (const QString problem = Core::EnvironmentParser::scheduleProblem(schedule);
                !problem.isEmpty())
                return showBackupError(problem);
        }
        showBackupError({});
        apply(QStringLiteral("backupSchedule"),
              [&](Core::Deployment &d) { d.backupPolicy.schedule = schedule; });
    });
    connect(m_ui->backupRetention, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString retention = text.trimmed();
        int days = 0; // empty: the platform's default
        if (!retention.isEmpty()) {
            const Core::Result<int> parsed = Core::EnvironmentParser::retentionDays(retention);
            if (!parsed)
                return showBackupError(parsed.error().message);
            days = *parsed;
        }
        showBackupError({});
        apply(QStringLiteral("backupRetention"),
              [days](Core::Deployment &d) { d.backupPolicy.retentionDays = days; });
    });
}

void DeploymentForm::connectQueue()
{
    connect(m_ui->queueTrigger, &QGroupBox::toggled, this, [this](bool on) {
        if (m_filling || m_deployments.size() != 1)
            return;
        if (on && m_ui->queueFrom->count() == 0) {
            const QSignalBlocker blocker(m_ui->queueTrigger);
            m_ui->queueTrigger->setChecked(false);
            return showError(tr("There is no broker to read a queue from: connect this component "
                                "to a message broker deployed in this environment."));
        }
        const QString from = m_ui->queueFrom->currentData().toString();
        const QString typedName = m_ui->queueName->text().trimmed();
        apply(QStringLiteral("queue"), [&](Core::Deployment &d) {
            if (!on) {
                d.autoscaling.queue = {};
                return;
            }
            // A name is required; the component's own id is the usual one and is selected below
            // so that typing replaces it.
            d.autoscaling.queue
                = {from, typedName.isEmpty() ? d.component : typedName, DefaultMessagesPerReplica};
        });
        if (on) {
            m_ui->queueName->setFocus();
            m_ui->queueName->selectAll();
        }
    });
    connect(m_ui->queueFrom, &QComboBox::activated, this, [this] {
        const QString from = m_ui->queueFrom->currentData().toString();
        apply(QStringLiteral("queueFrom"), [&](Core::Deployment &d) {
            if (d.autoscaling.queue.isSet())
                d.autoscaling.queue.from = from;
        });
    });
    connect(m_ui->queueName, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return showError(tr("Name the queue to scale on, e.g. orders."));
        apply(QStringLiteral("queueName"), [&](Core::Deployment &d) {
            if (d.autoscaling.queue.isSet())
                d.autoscaling.queue.name = name;
        });
    });
    connect(m_ui->messagesPerReplica, &QLineEdit::textEdited, this, [this](const QString &text) {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (!ok || value < 1 || value > 1000000000)
            return showError(
                tr("“%1” is not a number of messages: a whole number, 1 or more.").arg(text));
        apply(QStringLiteral("messagesPerReplica"), [&](Core::Deployment &d) {
            if (d.autoscaling.queue.isSet())
                d.autoscaling.queue.messagesPerReplica = int(value);
        });
    });
}

void DeploymentForm::connectCommandLine()
{
    auto edited
        = [this](QLineEdit *edit, const QString &field, QStringList Core::Deployment::*list) {
              connect(edit, &QLineEdit::textEdited, this, [this, field, list](const QString &text) {
                  const QStringList value = CommandLineText::split(text);
                  apply(field, [&](Core::Deployment &d) { d.*list = value; });
              });
          };
    edited(m_ui->command, QStringLiteral("command"), &Core::Deployment::command);
    edited(m_ui->args, QStringLiteral("args"), &Core::Deployment::args);
    connect(m_ui->resetCommand, &QToolButton::clicked, this, [this] {
        apply(QStringLiteral("commandLine"), [](Core::Deployment &d) {
            d.command.clear();
            d.args.clear();
        });
    });
}

QLineEdit *DeploymentForm::field(const QString &name) const
{
    for (const NumberField &spec : m_fields) {
        if (spec.name == name)
            return spec.edit;
    }
    // The other fields' widgets are named after them in ui/deploymentform.ui.
    return findChild<QLineEdit *>(name);
}

QString DeploymentForm::backupErrorText() const
{
    return m_ui->backupError->isVisibleTo(this) ? m_ui->backupError->text() : QString();
}

void DeploymentForm::showBackupError(const QString &error)
{
    m_ui->backupError->setText(error);
    m_ui->backupError->setVisible(!error.isEmpty());
}

bool DeploymentForm::says(const NumberField &spec, qint64 value) const
{
    const QString text = spec.edit->text().trimmed();
    if (text.isEmpty())
        return false;
    if (spec.unit == NumberField::Unit::Cpu || spec.unit == NumberField::Unit::Memory) {
        const QuantityField parsed = QuantityField::parse(spec.unit == NumberField::Unit::Cpu
                                                              ? QuantityField::Unit::Cpu
                                                              : QuantityField::Unit::Memory,
                                                          text);
        return parsed.value && *parsed.value == value;
    }
    bool ok = false;
    return text.toLongLong(&ok) == value && ok;
}

void DeploymentForm::onNumberEdited(const NumberField &spec)
{
    const QString text = spec.edit->text().trimmed();
    qint64 value = 0;
    switch (spec.unit) {
    case NumberField::Unit::Cpu:
    case NumberField::Unit::Memory: {
        const QuantityField parsed = QuantityField::parse(spec.unit == NumberField::Unit::Cpu
                                                              ? QuantityField::Unit::Cpu
                                                              : QuantityField::Unit::Memory,
                                                          text);
        if (!parsed.value)
            return showError(parsed.error);
        value = *parsed.value;
        break;
    }
    case NumberField::Unit::Count:
    case NumberField::Unit::Percent: {
        bool ok = text.isEmpty() && spec.unit == NumberField::Unit::Percent;
        if (!ok)
            value = text.toLongLong(&ok);
        if (!ok || value < 0 || value > 100000)
            return showError(
                spec.unit == NumberField::Unit::Count
                    ? tr("“%1” is not a number of replicas: a whole number, 0 or more.").arg(text)
                    : tr("“%1” is not a percentage: a whole number from 1, or empty.").arg(text));
        break;
    }
    }
    // Rules between fields, checked on every deployment the edit would change.
    for (Core::Deployment deployment : std::as_const(m_deployments)) {
        spec.set(deployment, value);
        const Core::Resources &r = deployment.resources;
        QString error;
        if (r.cpuLimit > 0 && r.cpuRequest > r.cpuLimit)
            error = tr("The CPU limit (%1) is below the request (%2).")
                        .arg(QuantityField::format(QuantityField::Unit::Cpu, r.cpuLimit),
                             QuantityField::format(QuantityField::Unit::Cpu, r.cpuRequest));
        else if (r.memoryLimit > 0 && r.memoryRequest > r.memoryLimit)
            error = tr("The memory limit (%1) is below the request (%2).")
                        .arg(QuantityField::format(QuantityField::Unit::Memory, r.memoryLimit),
                             QuantityField::format(QuantityField::Unit::Memory, r.memoryRequest));
        else if (deployment.autoscaling.enabled && deployment.autoscaling.minReplicas < 1)
            error = tr("The autoscaling minimum is at least 1.");
        else if (deployment.autoscaling.enabled
                 && deployment.autoscaling.maxReplicas < deployment.autoscaling.minReplicas)
            error = tr("The autoscaling maximum (%1) is below the minimum (%2).")
                        .arg(deployment.autoscaling.maxReplicas)
                        .arg(deployment.autoscaling.minReplicas);
        if (!error.isEmpty())
            return showError(error);
    }
    apply(spec.name, [&](Core::Deployment &d) { spec.set(d, value); });
}

void DeploymentForm::apply(const QString &field,
                           const std::function<void(Core::Deployment &)> &change)
{
    if (m_filling || m_deployments.isEmpty())
        return;
    showError({});
    QList<Core::Deployment> changed = m_deployments;
    for (Core::Deployment &deployment : changed)
        change(deployment);
    if (changed == m_deployments)
        return;
    m_deployments = changed;
    emit edited(field, changed);
}

void DeploymentForm::showError(const QString &error)
{
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
}

QString DeploymentForm::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

void DeploymentForm::show(const Core::Project &project, const QString &environmentId,
                          const QStringList &componentIds)
{
    m_filling = true;
    const Core::Environment *environment = project.environment(environmentId);
    const bool sameSelection = environmentId == m_environmentId;
    m_environmentId = environmentId;
    QList<Core::Deployment> deployments;
    m_notDeployed.clear();
    for (const QString &id : componentIds) {
        const Core::Deployment *deployment = environment ? environment->deployment(id) : nullptr;
        if (deployment)
            deployments << *deployment;
        else if (project.component(id))
            m_notDeployed << id;
    }
    QStringList shownIds;
    for (const Core::Deployment &deployment : std::as_const(deployments))
        shownIds << deployment.component;
    QStringList previousIds;
    for (const Core::Deployment &deployment : std::as_const(m_deployments))
        previousIds << deployment.component;
    // A refresh of the same selection keeps a half-typed error; a new selection starts clean.
    if (!sameSelection || shownIds != previousIds) {
        showError({});
        showBackupError({});
    }
    m_deployments = deployments;

    const QString environmentName = environment ? environment->displayName() : environmentId;
    m_ui->deploymentTitle->setText(deployments.size() > 1
                                       ? tr("<b>%1 components in %2</b>")
                                             .arg(deployments.size())
                                             .arg(environmentName.toHtmlEscaped())
                                       : tr("<b>In %1</b>").arg(environmentName.toHtmlEscaped()));
    m_ui->deployHere->setVisible(!m_notDeployed.isEmpty());
    m_ui->deployHere->setText(
        m_notDeployed.size() == componentIds.size()
            ? tr("Deploy in %1").arg(environmentName)
            : tr("Deploy %n more in %1", nullptr, int(m_notDeployed.size())).arg(environmentName));
    const bool any = !deployments.isEmpty();
    for (QWidget *group :
         {static_cast<QWidget *>(m_ui->scaleGroup), static_cast<QWidget *>(m_ui->resourcesGroup),
          static_cast<QWidget *>(m_ui->backupGroup), static_cast<QWidget *>(m_ui->autoscaling),
          static_cast<QWidget *>(m_ui->exposure), static_cast<QWidget *>(m_ui->commandGroup),
          static_cast<QWidget *>(m_ui->overridesGroup)})
        group->setVisible(any);

    if (any) {
        const Core::Deployment &first = deployments.first();
        // A value all shown deployments share is shown; otherwise the field is blank with a hint.
        auto common = [&](auto get) {
            for (const Core::Deployment &d : std::as_const(deployments)) {
                if (get(d) != get(first))
                    return false;
            }
            return true;
        };
        for (const NumberField &spec : m_fields) {
            const bool shared = common(spec.get);
            const QString text = shared ? formatNumber(int(spec.unit), spec.get(first)) : QString();
            // Never rewrite what the person is typing when it already says the model's value
            // ("512M" would become "500000Ki" before the "i" of "512Mi" arrives).
            const bool typing = spec.edit->hasFocus() && sameSelection && shownIds == previousIds;
            if (!typing && !(shared && says(spec, spec.get(first))))
                spec.edit->setText(text);
            spec.edit->setPlaceholderText(shared ? QString() : tr("(several values)"));
        }
        const QSignalBlocker modeBlocker(m_ui->mode);
        m_ui->mode->setCurrentIndex(common([](const Core::Deployment &d) { return d.mode; })
                                        ? m_ui->mode->findData(Core::deploymentModeId(first.mode))
                                        : -1);
        m_ui->autoscaling->setChecked(first.autoscaling.enabled);
        m_ui->exposure->setChecked(first.exposure.isPublic);
        m_ui->tls->setChecked(first.exposure.tls);
        if (!m_ui->host->hasFocus())
            m_ui->host->setText(first.exposure.host);
        if (!m_ui->path->hasFocus())
            m_ui->path->setText(first.exposure.path);
        // Overrides are per component: editable for one, shown for none when several.
        m_ui->overridesGroup->setVisible(deployments.size() == 1);
        if (!m_ui->overrides->hasFocus() || !sameSelection)
            m_ui->overrides->setVariables(first.envOverrides);
        const bool sameDeployments = sameSelection && shownIds == previousIds;
        fillBackup(sameDeployments);
        fillQueue(project, sameDeployments);
        fillCommandLine(project, sameDeployments);
    }
    showDifferences(project);
    m_filling = false;
}

QStringList DeploymentForm::differences(const QString &field) const
{
    return m_differences.value(field);
}

void DeploymentForm::fillBackup(bool sameDeployments)
{
    const Core::Deployment &first = m_deployments.first();
    auto common = [&](auto get) {
        return std::all_of(m_deployments.cbegin(), m_deployments.cend(),
                           [&](const Core::Deployment &d) { return get(d) == get(first); });
    };
    // While a schedule or retention is typed, the choice stays (an emptied field must not hide it).
    const bool typing = sameDeployments
        && (m_ui->backupSchedule->hasFocus() || m_ui->backupRetention->hasFocus());
    if (!typing) {
        const QSignalBlocker blocker(m_ui->backupMode);
        m_ui->backupMode->setCurrentIndex(
            common(backupChoice) ? m_ui->backupMode->findData(int(backupChoice(first))) : -1);
    }
    const bool stated = m_ui->backupMode->currentData().toInt() == int(BackupChoice::Stated);
    setRowVisible(m_ui->backupSchedule, stated);
    setRowVisible(m_ui->backupRetention, stated);
    const auto schedule = [](const Core::Deployment &d) { return d.backupPolicy.schedule; };
    const auto days = [](const Core::Deployment &d) { return d.backupPolicy.retentionDays; };
    // A field being typed keeps its text while it says what the model holds.
    if (!(sameDeployments && m_ui->backupSchedule->hasFocus()
          && m_ui->backupSchedule->text().trimmed() == first.backupPolicy.schedule))
        m_ui->backupSchedule->setText(common(schedule) ? first.backupPolicy.schedule : QString());
    const Core::Result<int> typedDays
        = Core::EnvironmentParser::retentionDays(m_ui->backupRetention->text().trimmed());
    if (!(sameDeployments && m_ui->backupRetention->hasFocus() && typedDays
          && *typedDays == first.backupPolicy.retentionDays))
        m_ui->backupRetention->setText(
            common(days) ? retentionText(first.backupPolicy.retentionDays) : QString());
    for (QLineEdit *edit : {m_ui->backupSchedule, m_ui->backupRetention})
        edit->setPlaceholderText(common(schedule) && common(days) ? QString()
                                                                  : tr("(several values)"));
    if (m_ui->backupSchedule->placeholderText().isEmpty()) {
        m_ui->backupSchedule->setPlaceholderText(tr("daily"));
        m_ui->backupRetention->setPlaceholderText(
            retentionText(Core::BackupPlan::DefaultRetentionDays));
    }
}

void DeploymentForm::fillQueue(const Core::Project &project, bool sameDeployments)
{
    const bool one = m_deployments.size() == 1;
    m_ui->queueTrigger->setVisible(one);
    if (!one)
        return;
    const Core::Deployment &shown = m_deployments.first();
    const Core::QueueTrigger &queue = shown.autoscaling.queue;
    QStringList candidates
        = QueueSources::candidates(project, m_catalog, m_environmentId, shown.component);
    // A broker the file names is shown as it is, even one the rules would not offer.
    if (queue.isSet() && !candidates.contains(queue.from))
        candidates.prepend(queue.from);
    {
        const QSignalBlocker blocker(m_ui->queueFrom);
        m_ui->queueFrom->clear();
        for (const QString &id : std::as_const(candidates)) {
            const Core::Component *component = project.component(id);
            m_ui->queueFrom->addItem(component && !component->label.isEmpty()
                                         ? tr("%1 (%2)").arg(id, component->label)
                                         : id,
                                     id);
        }
        m_ui->queueFrom->setCurrentIndex(queue.isSet() ? m_ui->queueFrom->findData(queue.from) : 0);
    }
    {
        const QSignalBlocker blocker(m_ui->queueTrigger);
        m_ui->queueTrigger->setChecked(queue.isSet());
    }
    if (!(sameDeployments && m_ui->queueName->hasFocus()
          && m_ui->queueName->text().trimmed() == queue.name))
        m_ui->queueName->setText(queue.name);
    if (!(sameDeployments && m_ui->messagesPerReplica->hasFocus()
          && m_ui->messagesPerReplica->text().trimmed().toInt() == queue.messagesPerReplica))
        m_ui->messagesPerReplica->setText(queue.isSet() ? QString::number(queue.messagesPerReplica)
                                                        : QString());
    m_ui->queueHint->setText(
        candidates.isEmpty() ? tr("No broker to read a queue from: connect this component to a "
                                  "message broker (e.g. RabbitMQ) deployed in this environment.")
                             : QString());
    m_ui->queueHint->setVisible(candidates.isEmpty());
}

void DeploymentForm::fillCommandLine(const Core::Project &project, bool sameDeployments)
{
    const bool one = m_deployments.size() == 1;
    m_ui->commandGroup->setVisible(one);
    if (!one)
        return;
    const Core::Deployment &shown = m_deployments.first();
    const Core::Component *component = project.component(shown.component);
    if (!component)
        return;
    const Core::ComponentType type
        = m_catalog ? m_catalog->type(component->type) : Core::ComponentType();
    // What runs when this environment says nothing: the component's (or its type's) command.
    const Core::ContainerCommand below = Core::ContainerCommand::of(type, *component, nullptr);
    m_ui->command->setPlaceholderText(
        below.command.isEmpty()
            ? tr("the image's entrypoint")
            : tr("%1 (the component's)").arg(CommandLineText::join(below.command)));
    m_ui->args->setPlaceholderText(
        !shown.command.isEmpty() ? tr("none (a new command brings its own arguments)")
            : below.args.isEmpty()
            ? tr("the image's arguments")
            : tr("%1 (the component's)").arg(CommandLineText::join(below.args)));
    for (auto [edit, list] :
         {std::pair {m_ui->command, &shown.command}, std::pair {m_ui->args, &shown.args}}) {
        if (!(sameDeployments && edit->hasFocus() && CommandLineText::split(edit->text()) == *list))
            edit->setText(CommandLineText::join(*list));
    }
    m_ui->resetCommand->setEnabled(!shown.command.isEmpty() || !shown.args.isEmpty());
}

void DeploymentForm::showDifferences(const Core::Project &project)
{
    m_differences.clear();
    const bool one = m_deployments.size() == 1;
    for (const ComparedField &compared : m_compared) {
        QStringList where;
        if (one) {
            const Core::Deployment &shown = m_deployments.first();
            const QString value = compared.value(shown);
            for (const Core::Environment &other : project.environments) {
                if (other.id == m_environmentId)
                    continue;
                const Core::Deployment *there = other.deployment(shown.component);
                if (!there)
                    continue;
                const QString thereValue = compared.value(*there);
                if (thereValue != value)
                    where << tr("%1: %2").arg(other.displayName(),
                                              thereValue.isEmpty() ? tr("not set") : thereValue);
            }
        }
        m_differences.insert(compared.name, where);
        const QString text
            = where.isEmpty() ? compared.labelText : tr("%1 ≠").arg(compared.labelText);
        if (auto *label = qobject_cast<QLabel *>(compared.label))
            label->setText(text);
        else if (auto *group = qobject_cast<QGroupBox *>(compared.label))
            group->setTitle(text);
        const QString note
            = tr("Differs in other environments — %1").arg(where.join(QStringLiteral(", ")));
        compared.label->setToolTip(where.isEmpty() ? compared.toolTip
                                       : compared.toolTip.isEmpty()
                                       ? note
                                       : compared.toolTip + QLatin1Char('\n') + note);
    }
}

} // namespace Stackdraft::App
