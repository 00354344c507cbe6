#include "app/welcomepage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Stackdraft::App {

WelcomePage::WelcomePage(QAction *newAction, QAction *openAction, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *title = new QLabel(tr("No project open"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(
        tr("Start a new project, or open a *.stackdraft.yaml project to see its environments."),
        this);
    hint->setAlignment(Qt::AlignCenter);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QAction *action : {newAction, openAction}) {
        auto *button = new QPushButton(action->text().remove(QLatin1Char('&')), this);
        button->setObjectName(action == openAction ? QStringLiteral("welcomeOpenButton")
                                                   : QStringLiteral("welcomeNewButton"));
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();
}

} // namespace Stackdraft::App
