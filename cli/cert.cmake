target_sources(fedconsole-cli PRIVATE ${CMAKE_CURRENT_LIST_DIR}/CertCommand.cpp)
