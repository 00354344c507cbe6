#pragma once

#include "core/model/port.h"

#include <QList>
#include <QTableWidget>

namespace Stackdraft::App {

// An editable list of ports: container port, published (host) port, protocol and name. Emits the
// whole list when every row is valid; otherwise says which row is wrong and emits nothing.
class PortsTable final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { ContainerColumn, PublishedColumn, ProtocolColumn, NameColumn };

    explicit PortsTable(QWidget *parent = nullptr);
    void setPorts(const QList<Core::Port> &ports); // emits nothing
    QList<Core::Port> ports(QString *error = nullptr) const;
    void addRow();
    void removeSelectedRows();

signals:
    void edited(const QList<Core::Port> &ports);
    void errorChanged(const QString &error);

private:
    void onChanged();
    bool m_filling = false;
};

} // namespace Stackdraft::App
