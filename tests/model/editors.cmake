# model/editors: diffs, rebase and the editable document every editor uses
fc_add_test(tst_objectdiff SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_objectdiff.cpp LIBS fedconsole_model)
fc_add_test(tst_textdiff SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_textdiff.cpp LIBS fedconsole_model)
fc_add_test(tst_draftstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_draftstore.cpp LIBS fedconsole_model)
fc_add_test(tst_rolloutstatus SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_rolloutstatus.cpp LIBS fedconsole_model)
# model/editors: the form models the editors stand on. Data-driven rule tables, every model under
# QAbstractItemModelTester, edits undone and redone through the EditableDocument.
find_package(Qt6 REQUIRED COMPONENTS Gui)
fc_add_test(tst_configmapmodel SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_configmapmodel.cpp LIBS fc_model_editors Qt6::Gui)
set(FC_EDITOR_FIXTURES ${CMAKE_CURRENT_LIST_DIR}/editors/fixtures)
fc_add_test(tst_ingresstcpmap SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_ingresstcpmap.cpp LIBS fc_model_editors Qt6::Gui)
target_compile_definitions(tst_ingresstcpmap PRIVATE FC_FIXTURES="${FC_EDITOR_FIXTURES}")
foreach(t fateroutetable timeslicingmodel yamltreemodel configmapforms workloadform exposeplan)
  fc_add_test(tst_${t} SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_${t}.cpp LIBS fc_model_editors Qt6::Gui)
  target_compile_definitions(tst_${t} PRIVATE FC_FIXTURES="${FC_EDITOR_FIXTURES}")
endforeach()
# Integration: the same rules against the local control plane's API server (dry runs in a
# namespace of its own; the fixtures checked as manifests).
fc_add_test(tst_editorsonserver SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_editorsonserver.cpp
  LIBS fc_model_editors Qt6::Gui LABELS integration)
target_compile_definitions(tst_editorsonserver PRIVATE FC_FIXTURES="${FC_EDITOR_FIXTURES}")
# ExposeOperation and fedconsole-cli expose/unexpose on the local cluster, as admin and as a user
# with real Roles that let it write the TCP map but not the controller.
fc_add_test(tst_exposeoperation SOURCES ${CMAKE_CURRENT_LIST_DIR}/editors/tst_exposeoperation.cpp
  LIBS fc_model_editors Qt6::Gui LABELS integration)
target_compile_definitions(tst_exposeoperation PRIVATE FC_FIXTURES="${FC_EDITOR_FIXTURES}" FC_CLI_PATH="$<TARGET_FILE:fedconsole-cli>")
add_dependencies(tst_exposeoperation fedconsole-cli)
