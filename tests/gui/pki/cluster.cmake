# GUI tests of the cluster-secret side, against the local control plane.
fc_add_test(tst_secretdeploydialog XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_secretdeploydialog.cpp
  LIBS fedconsole_gui LABELS integration gui)
fc_add_test(tst_clustercertificatesview XVFB SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_clustercertificatesview.cpp
  LIBS fedconsole_gui LABELS integration gui)
