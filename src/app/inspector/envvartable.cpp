#include "app/inspector/envvartable.h"

#include "core/model/naming.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>

namespace Stackdraft::App {
namespace {

constexpr Core::EnvVar::Kind Kinds[]
    = {Core::EnvVar::Kind::Literal, Core::EnvVar::Kind::Reference, Core::EnvVar::Kind::Secret};

} // namespace

EnvVarTable::EnvVarTable(QWidget *parent)
    : QTableWidget(0, 3, parent)
{
    setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Value")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(this, &QTableWidget::itemChanged, this, &EnvVarTable::onChanged);
}

QString EnvVarTable::kindName(Core::EnvVar::Kind kind)
{
    switch (kind) {
    case Core::EnvVar::Kind::Reference:
        return tr("From connection");
    case Core::EnvVar::Kind::Secret:
        return tr("Secret");
    case Core::EnvVar::Kind::Literal:
        break;
    }
    return tr("Literal");
}

void EnvVarTable::setVariables(const QList<Core::EnvVar> &variables)
{
    m_filling = true;
    m_loaded = variables;
    setRowCount(int(variables.size()));
    for (int row = 0; row < variables.size(); ++row)
        setRow(row, variables.at(row));
    m_filling = false;
}

void EnvVarTable::setRow(int row, const Core::EnvVar &variable)
{
    setItem(row, NameColumn, new QTableWidgetItem(variable.name));
    auto *kind = new QComboBox(this);
    for (Core::EnvVar::Kind k : Kinds)
        kind->addItem(kindName(k), int(k));
    kind->setCurrentIndex(kind->findData(int(variable.kind)));
    kind->setToolTip(tr("Literal: the text as written. From connection: derived from a connected "
                        "component (e.g. its URL). Secret: a named secret, never stored here."));
    connect(kind, &QComboBox::currentIndexChanged, this, &EnvVarTable::onChanged);
    setCellWidget(row, KindColumn, kind);
    const QString value = variable.kind == Core::EnvVar::Kind::Literal ? variable.value
        : variable.kind == Core::EnvVar::Kind::Reference               ? variable.component
                                                                       : variable.secret;
    setItem(row, ValueColumn, new QTableWidgetItem(value));
}

void EnvVarTable::setKind(int row, Core::EnvVar::Kind kind)
{
    if (auto *combo = qobject_cast<QComboBox *>(cellWidget(row, KindColumn)))
        combo->setCurrentIndex(combo->findData(int(kind)));
}

QList<Core::EnvVar> EnvVarTable::variables(QString *error) const
{
    QList<Core::EnvVar> result;
    QStringList names;
    for (int row = 0; row < rowCount(); ++row) {
        const QString name
            = item(row, NameColumn) ? item(row, NameColumn)->text().trimmed() : QString();
        const QString value
            = item(row, ValueColumn) ? item(row, ValueColumn)->text().trimmed() : QString();
        const auto *combo = qobject_cast<const QComboBox *>(cellWidget(row, KindColumn));
        const auto kind = combo ? static_cast<Core::EnvVar::Kind>(combo->currentData().toInt())
                                : Core::EnvVar::Kind::Literal;
        QString problem;
        if (!Core::Naming::isEnvName(name))
            problem = tr("Row %1: “%2” is not a variable name (letters, digits, _, - and ., not "
                         "starting with a digit).")
                          .arg(row + 1)
                          .arg(name);
        else if (names.contains(name))
            problem = tr("Row %1: %2 is already set above.").arg(row + 1).arg(name);
        else if (kind == Core::EnvVar::Kind::Reference && !Core::Naming::isDnsLabel(value))
            problem
                = tr("Row %1: name the component %2 comes from (its id).").arg(row + 1).arg(name);
        else if (kind == Core::EnvVar::Kind::Secret && !Core::Naming::isDnsLabel(value))
            problem = tr("Row %1: a secret's name is a DNS label (a-z, 0-9, -), not “%2”.")
                          .arg(row + 1)
                          .arg(value);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return {};
        }
        names << name;
        Core::EnvVar variable;
        switch (kind) {
        case Core::EnvVar::Kind::Literal:
            variable = Core::EnvVar::literal(
                name, item(row, ValueColumn) ? item(row, ValueColumn)->text() : QString());
            break;
        case Core::EnvVar::Kind::Reference: {
            // Keep the part (host, port...) a file set when the reference still points there.
            const Core::EnvVar old = row < m_loaded.size() ? m_loaded.at(row) : Core::EnvVar();
            variable = Core::EnvVar::reference(name, value,
                                               old.component == value ? old.part : QString());
            break;
        }
        case Core::EnvVar::Kind::Secret:
            variable = Core::EnvVar::secretRef(name, value);
            break;
        }
        result << variable;
    }
    if (error)
        error->clear();
    return result;
}

void EnvVarTable::addRow()
{
    const int row = rowCount();
    m_filling = true;
    insertRow(row);
    setRow(row, Core::EnvVar());
    m_filling = false;
    setCurrentCell(row, NameColumn);
    editItem(item(row, NameColumn));
}

void EnvVarTable::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    m_filling = true;
    for (int row : std::as_const(rows)) {
        if (row < m_loaded.size())
            m_loaded.removeAt(row);
        removeRow(row);
    }
    m_filling = false;
    onChanged();
}

void EnvVarTable::onChanged()
{
    if (m_filling)
        return;
    QString error;
    const QList<Core::EnvVar> result = variables(&error);
    emit errorChanged(error);
    if (error.isEmpty())
        emit edited(result);
}

} // namespace Stackdraft::App
