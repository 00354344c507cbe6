#pragma once

#include <QWidget>

class QAction;

namespace Stackdraft::App {

// What the window shows with no project: a title, a hint and buttons for New and Open.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(QAction *newAction, QAction *openAction, QWidget *parent = nullptr);
};

} // namespace Stackdraft::App
