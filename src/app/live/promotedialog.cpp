#include "app/live/promotedialog.h"

#include "core/model/project.h"
#include "ui_promotedialog.h"

#include <QPushButton>

namespace Stackdraft::App {
namespace {
constexpr int DifferenceRole = Qt::UserRole + 1; // index into m_differences
} // namespace

PromoteDialog::PromoteDialog(const Core::Project &project, const QString &sourceId,
                             const QString &targetId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PromoteDialog>())
    , m_project(project)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Promote"));
    for (const Core::Environment &environment : project.environments) {
        m_ui->sourceCombo->addItem(environment.displayName(), environment.id);
        m_ui->targetCombo->addItem(environment.displayName(), environment.id);
    }
    m_ui->differencesTree->header()->setStretchLastSection(true);
    setEnvironments(sourceId, targetId);
    connect(m_ui->sourceCombo, &QComboBox::currentIndexChanged, this, &PromoteDialog::refresh);
    connect(m_ui->targetCombo, &QComboBox::currentIndexChanged, this, &PromoteDialog::refresh);
    connect(m_ui->selectAllButton, &QPushButton::clicked, this, [this] { setChosen({}, true); });
    connect(m_ui->selectNoneButton, &QPushButton::clicked, this, [this] { setChosen({}, false); });
    connect(m_ui->differencesTree, &QTreeWidget::itemChanged, this, &PromoteDialog::updateSummary);
}

PromoteDialog::~PromoteDialog() = default;

std::pair<QString, QString> PromoteDialog::defaultPair(const Core::Project &project)
{
    const auto &environments = project.environments;
    if (environments.size() < 2)
        return {};
    return {environments.at(environments.size() - 2).id, environments.constLast().id};
}

QString PromoteDialog::source() const
{
    return m_ui->sourceCombo->currentData().toString();
}

QString PromoteDialog::target() const
{
    return m_ui->targetCombo->currentData().toString();
}

void PromoteDialog::setEnvironments(const QString &sourceId, const QString &targetId)
{
    {
        const QSignalBlocker a(m_ui->sourceCombo);
        const QSignalBlocker b(m_ui->targetCombo);
        m_ui->sourceCombo->setCurrentIndex(m_ui->sourceCombo->findData(sourceId));
        m_ui->targetCombo->setCurrentIndex(m_ui->targetCombo->findData(targetId));
    }
    refresh();
}

void PromoteDialog::refresh()
{
    setWindowTitle(tr("Promote %1 → %2")
                       .arg(m_ui->sourceCombo->currentText(), m_ui->targetCombo->currentText()));
    m_differences = Promotion::differences(m_project, source(), target());
    QTreeWidget *tree = m_ui->differencesTree;
    const QSignalBlocker blocker(tree);
    tree->clear();
    QTreeWidgetItem *group = nullptr;
    for (int i = 0; i < m_differences.size(); ++i) {
        const Promotion::Difference &difference = m_differences.at(i);
        if (!group || group->text(0) != difference.component) {
            group = new QTreeWidgetItem(tree, {difference.component});
            group->setFlags(group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            group->setCheckState(0, Qt::Unchecked);
        }
        auto *item = new QTreeWidgetItem(
            group,
            {Promotion::aspectName(difference.aspect), difference.source, difference.target});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setData(0, DifferenceRole, i);
        item->setToolTip(1, difference.source);
        item->setToolTip(2, difference.target);
    }
    tree->expandAll();
    tree->resizeColumnToContents(0);
    if (m_differences.isEmpty()) {
        auto *none = new QTreeWidgetItem(tree, {tr("The two environments deploy the same.")});
        none->setFlags(Qt::NoItemFlags);
    }
    updateSummary();
}

QList<Promotion::Difference> PromoteDialog::chosen() const
{
    QList<Promotion::Difference> out;
    for (QTreeWidgetItemIterator it(m_ui->differencesTree, QTreeWidgetItemIterator::Checked); *it;
         ++it) {
        const QVariant index = (*it)->data(0, DifferenceRole);
        if (index.isValid())
            out.append(m_differences.at(index.toInt()));
    }
    return out;
}

void PromoteDialog::setChosen(const QString &component, bool chosen)
{
    QTreeWidget *tree = m_ui->differencesTree;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        if ((component.isEmpty() || group->text(0) == component)
            && group->flags().testFlag(Qt::ItemIsUserCheckable))
            group->setCheckState(0, chosen ? Qt::Checked : Qt::Unchecked);
    }
    updateSummary();
}

void PromoteDialog::updateSummary()
{
    const qsizetype count = chosen().size();
    m_ui->summaryLabel->setText(tr("%1 of %2 selected").arg(count).arg(m_differences.size()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(count > 0);
}

} // namespace Stackdraft::App
