#include "app/inspector/groupform.h"

#include "core/model/project.h"
#include "ui_groupform.h"

namespace Stackdraft::App {

GroupForm::GroupForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GroupForm>())
{
    m_ui->setupUi(this);
    connect(m_ui->label, &QLineEdit::textEdited, this,
            [this](const QString &text) { emit labelEdited(m_groupId, text.trimmed()); });
}

GroupForm::~GroupForm() = default;

void GroupForm::show(const Core::Project &project, const Core::Group &group)
{
    const bool same = group.id == m_groupId;
    m_groupId = group.id;
    m_ui->groupId->setText(group.id);
    if (!(same && m_ui->label->hasFocus()))
        m_ui->label->setText(group.label);
    QStringList members;
    for (const QString &id : group.members) {
        const Core::Component *component = project.component(id);
        members << (component && !component->label.isEmpty() ? component->label : id);
    }
    m_ui->members->setText(members.join(QStringLiteral(", ")));
}

} // namespace Stackdraft::App
