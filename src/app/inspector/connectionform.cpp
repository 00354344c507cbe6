#include "app/inspector/connectionform.h"

#include "core/model/project.h"
#include "ui_connectionform.h"

namespace Stackdraft::App {

ConnectionForm::ConnectionForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConnectionForm>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_ui->errorLabel->hide();
    connect(m_ui->label, &QLineEdit::textEdited, this, [this](const QString &text) {
        showError({});
        m_connection.label = text.trimmed();
        emit edited(QStringLiteral("label"), m_connection);
    });
    connect(m_ui->port, &QLineEdit::textEdited, this, [this](const QString &text) {
        bool ok = text.trimmed().isEmpty();
        const int port = ok ? 0 : text.trimmed().toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return showError(tr("“%1” is not a port: a number from 1 to 65535, or empty for the "
                                "target's primary port.")
                                 .arg(text));
        showError({});
        m_connection.port = port;
        emit edited(QStringLiteral("port"), m_connection);
    });
}

ConnectionForm::~ConnectionForm() = default;

void ConnectionForm::show(const Core::Project &project, const Core::Connection &connection)
{
    const bool same = connection.id == m_connection.id;
    if (!same)
        showError({});
    m_connection = connection;
    auto describe = [&project](const QString &id) {
        const Core::Component *component = project.component(id);
        return component && !component->label.isEmpty() ? tr("%1 (%2)").arg(component->label, id)
                                                        : id;
    };
    m_ui->fromComponent->setText(describe(connection.from));
    m_ui->toComponent->setText(describe(connection.to));
    if (!(same && m_ui->label->hasFocus()))
        m_ui->label->setText(connection.label);
    if (!(same && m_ui->port->hasFocus()))
        m_ui->port->setText(connection.port ? QString::number(connection.port) : QString());
}

void ConnectionForm::showError(const QString &error)
{
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
}

QString ConnectionForm::errorText() const
{
    return m_ui->errorLabel->isVisibleTo(this) ? m_ui->errorLabel->text() : QString();
}

} // namespace Stackdraft::App
