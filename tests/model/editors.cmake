# model/editors: diffs, rebase and the editable document every editor uses
fc_add_test(tst_objectdiff SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_objectdiff.cpp LIBS fedconsole_model)
fc_add_test(tst_textdiff SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_textdiff.cpp LIBS fedconsole_model)
fc_add_test(tst_draftstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_draftstore.cpp LIBS fedconsole_model)
