fc_add_test(tst_mainwindow XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/main/tst_mainwindow.cpp
  LIBS fedconsole_gui LABELS integration gui)
