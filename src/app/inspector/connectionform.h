#pragma once

#include "core/model/connection.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ConnectionForm;
}

namespace Stackdraft::Core {
struct Project;
}

namespace Stackdraft::App {

// A selected connection (ui/connectionform.ui): its ends, label and port.
class ConnectionForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionForm(QWidget *parent = nullptr);
    ~ConnectionForm() override;

    void show(const Core::Project &project, const Core::Connection &connection);
    QString errorText() const;

signals:
    void edited(const QString &field, const Core::Connection &connection);

private:
    void showError(const QString &error);

    std::unique_ptr<Ui::ConnectionForm> m_ui;
    Core::Connection m_connection;
};

} // namespace Stackdraft::App
