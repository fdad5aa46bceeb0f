target_sources(fedconsole_gui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LogLineDelegate.h ${CMAKE_CURRENT_LIST_DIR}/LogLineDelegate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LogViewer.h ${CMAKE_CURRENT_LIST_DIR}/LogViewer.cpp)
