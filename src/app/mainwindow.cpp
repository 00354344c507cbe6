#include "app/mainwindow.h"

namespace Stackdraft::App {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Stackdraft"));
}

} // namespace Stackdraft::App
