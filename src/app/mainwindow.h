#pragma once

#include <QMainWindow>

namespace Stackdraft::App {

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace Stackdraft::App
