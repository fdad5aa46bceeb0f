# model/helm: the live release list over informer stores (history, error rows, stuck releases).
fc_add_test(tst_releaselistmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/helm/tst_releaselistmodel.cpp LIBS fedconsole_model)
