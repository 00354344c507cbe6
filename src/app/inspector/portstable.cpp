#include "app/inspector/portstable.h"

#include <QHeaderView>

namespace Stackdraft::App {

PortsTable::PortsTable(QWidget *parent)
    : QTableWidget(0, 4, parent)
{
    setHorizontalHeaderLabels({tr("Container"), tr("Published"), tr("Protocol"), tr("Name")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setVisible(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(this, &QTableWidget::itemChanged, this, &PortsTable::onChanged);
}

void PortsTable::setPorts(const QList<Core::Port> &ports)
{
    m_filling = true;
    setRowCount(int(ports.size()));
    for (int row = 0; row < ports.size(); ++row) {
        const Core::Port &port = ports.at(row);
        setItem(row, ContainerColumn, new QTableWidgetItem(QString::number(port.container)));
        setItem(row, PublishedColumn,
                new QTableWidgetItem(port.published ? QString::number(port.published) : QString()));
        setItem(row, ProtocolColumn, new QTableWidgetItem(port.protocol));
        setItem(row, NameColumn, new QTableWidgetItem(port.name));
    }
    m_filling = false;
}

QList<Core::Port> PortsTable::ports(QString *error) const
{
    QList<Core::Port> result;
    auto text = [this](int row, int column) {
        return item(row, column) ? item(row, column)->text().trimmed() : QString();
    };
    for (int row = 0; row < rowCount(); ++row) {
        bool ok = false;
        Core::Port port;
        port.container = text(row, ContainerColumn).toInt(&ok);
        QString problem;
        if (!ok || port.container < 1 || port.container > 65535)
            problem = tr("Row %1: the container port is a number from 1 to 65535.").arg(row + 1);
        const QString published = text(row, PublishedColumn);
        port.published = published.isEmpty() ? 0 : published.toInt(&ok);
        if (problem.isEmpty() && !published.isEmpty()
            && (!ok || port.published < 1 || port.published > 65535))
            problem = tr("Row %1: the published port is a number from 1 to 65535, or empty.")
                          .arg(row + 1);
        port.protocol = text(row, ProtocolColumn).toUpper();
        if (port.protocol.isEmpty())
            port.protocol = QStringLiteral("TCP");
        if (problem.isEmpty() && port.protocol != QLatin1String("TCP")
            && port.protocol != QLatin1String("UDP"))
            problem = tr("Row %1: the protocol is TCP or UDP.").arg(row + 1);
        port.name = text(row, NameColumn);
        if (!problem.isEmpty()) {
            if (error)
                *error = problem;
            return {};
        }
        result << port;
    }
    if (error)
        error->clear();
    return result;
}

void PortsTable::addRow()
{
    const int row = rowCount();
    m_filling = true;
    insertRow(row);
    setItem(row, ContainerColumn, new QTableWidgetItem());
    setItem(row, PublishedColumn, new QTableWidgetItem());
    setItem(row, ProtocolColumn, new QTableWidgetItem(QStringLiteral("TCP")));
    setItem(row, NameColumn, new QTableWidgetItem());
    m_filling = false;
    setCurrentCell(row, ContainerColumn);
    editItem(item(row, ContainerColumn));
}

void PortsTable::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    m_filling = true;
    for (int row : std::as_const(rows))
        removeRow(row);
    m_filling = false;
    onChanged();
}

void PortsTable::onChanged()
{
    if (m_filling)
        return;
    QString error;
    const QList<Core::Port> result = ports(&error);
    emit errorChanged(error);
    if (error.isEmpty())
        emit edited(result);
}

} // namespace Stackdraft::App
