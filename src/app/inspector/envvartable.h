#pragma once

#include "core/model/envvar.h"

#include <QList>
#include <QTableWidget>

namespace Stackdraft::App {

// An editable list of environment variables: name, kind (literal / from a connected component /
// secret) and value (the text, the component's id, the secret's name). Emits the whole list when
// a cell changes and every row is valid; otherwise says which row is wrong and why, and emits
// nothing.
class EnvVarTable final : public QTableWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ValueColumn };

    explicit EnvVarTable(QWidget *parent = nullptr);
    // Replaces the table's contents (the variables as the model holds them); emits nothing.
    void setVariables(const QList<Core::EnvVar> &variables);
    // What the rows say, when valid; `error` set otherwise.
    QList<Core::EnvVar> variables(QString *error = nullptr) const;

    // Adds an empty literal row and starts editing its name; nothing is emitted until it has one.
    void addRow();
    void removeSelectedRows();
    void setKind(int row, Core::EnvVar::Kind kind);

    static QString kindName(Core::EnvVar::Kind kind);

signals:
    void edited(const QList<Core::EnvVar> &variables);
    // The rows hold something the model cannot take; empty when they are fine again.
    void errorChanged(const QString &error);

private:
    void setRow(int row, const Core::EnvVar &variable);
    void onChanged();

    QList<Core::EnvVar> m_loaded; // keeps what the table does not show (a reference's part)
    bool m_filling = false;
};

} // namespace Stackdraft::App
