#include "app/inspector/deploymentform.h"

#include "app/quantityfield.h"
#include "core/model/naming.h"
#include "core/model/project.h"
#include "ui_deploymentform.h"

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

    connect(m_ui->mode, &QComboBox::activated, this, [this] {
        const auto mode = Core::deploymentModeFromId(m_ui->mode->currentData().toString());
        if (mode)
            apply(QStringLiteral("mode"), [&](Core::Deployment &d) { d.mode = *mode; });
    });
    connect(m_ui->backup, &QCheckBox::toggled, this, [this](bool on) {
        apply(QStringLiteral("backup"), [on](Core::Deployment &d) { d.backup = on; });
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

QLineEdit *DeploymentForm::field(const QString &name) const
{
    if (name == QLatin1String("host"))
        return m_ui->host;
    if (name == QLatin1String("path"))
        return m_ui->path;
    for (const NumberField &spec : m_fields) {
        if (spec.name == name)
            return spec.edit;
    }
    return nullptr;
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
    if (!sameSelection || shownIds != previousIds)
        showError({});
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
          static_cast<QWidget *>(m_ui->autoscaling), static_cast<QWidget *>(m_ui->exposure),
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
        m_ui->backup->setChecked(first.backup);
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
    }
    showDifferences(project);
    m_filling = false;
}

QStringList DeploymentForm::differences(const QString &field) const
{
    return m_differences.value(field);
}

void DeploymentForm::showDifferences(const Core::Project &project)
{
    m_differences.clear();
    const bool one = m_deployments.size() == 1;
    for (const NumberField &spec : m_fields) {
        QStringList where;
        if (one) {
            const Core::Deployment &shown = m_deployments.first();
            for (const Core::Environment &other : project.environments) {
                if (other.id == m_environmentId)
                    continue;
                const Core::Deployment *there = other.deployment(shown.component);
                if (there && spec.get(*there) != spec.get(shown)) {
                    const QString value = formatNumber(int(spec.unit), spec.get(*there));
                    where << tr("%1: %2").arg(other.displayName(),
                                              value.isEmpty() ? tr("not set") : value);
                }
            }
        }
        m_differences.insert(spec.name, where);
        if (!spec.label)
            continue;
        spec.label->setText(where.isEmpty() ? spec.labelText : tr("%1 ≠").arg(spec.labelText));
        spec.label->setToolTip(
            where.isEmpty()
                ? QString()
                : tr("Differs in other environments — %1").arg(where.join(QStringLiteral(", "))));
    }
}

} // namespace Stackdraft::App
