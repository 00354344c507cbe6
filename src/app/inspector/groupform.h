#pragma once

#include "core/model/group.h"

#include <QWidget>

#include <memory>

namespace Ui {
class GroupForm;
}

namespace Stackdraft::Core {
struct Project;
}

namespace Stackdraft::App {

// A selected group (ui/groupform.ui): its id, label and members.
class GroupForm final : public QWidget
{
    Q_OBJECT

public:
    explicit GroupForm(QWidget *parent = nullptr);
    ~GroupForm() override;

    void show(const Core::Project &project, const Core::Group &group);

signals:
    void labelEdited(const QString &groupId, const QString &label);

private:
    std::unique_ptr<Ui::GroupForm> m_ui;
    QString m_groupId;
};

} // namespace Stackdraft::App
