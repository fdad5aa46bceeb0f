target_sources(fedconsole-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ClusterCommands.h ${CMAKE_CURRENT_LIST_DIR}/ClusterCommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ClusterSession.h ${CMAKE_CURRENT_LIST_DIR}/ClusterSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TextTable.h ${CMAKE_CURRENT_LIST_DIR}/TextTable.cpp)
